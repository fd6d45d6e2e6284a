package nl.fermwerk.inburgering.modellen;

import java.util.UUID;

/**
 * Small models that the engine itself accepts (valid BPMN/DMN, a history time to live), each around one construct a
 * test wants to see refused or allowed. A fresh key per call, so nothing collides in the shared test database.
 */
final class Testmodellen {

    private Testmodellen() {
    }

    static String uniekeSleutel(String begin) {
        return begin + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A process with a start event and the given elements (unconnected: deploying parses, nothing runs). */
    static String proces(String procesSleutel, String elementen) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="Definitions_%1$s" targetNamespace="http://fermwerk.nl/inburgering/test">
                  <bpmn:process id="%1$s" name="Testproces" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start" />
                    %2$s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(procesSleutel, elementen);
    }

    /** A one-input decision table; {@code taalAttribuut} is placed on the input expression (empty: the default). */
    static String beslissing(String beslissingSleutel, String taalAttribuut, String invoerExpressie) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="Definitions_%1$s" name="Test" namespace="http://fermwerk.nl/inburgering/test">
                  <decision id="%1$s" name="Testbeslissing" camunda:historyTimeToLive="P1D">
                    <decisionTable id="Tabel_%1$s" hitPolicy="FIRST">
                      <input id="Invoer" label="Invoer">
                        <inputExpression id="Invoerexpressie" typeRef="string" %2$s><text>%3$s</text></inputExpression>
                      </input>
                      <output id="Uitvoer" label="Uitvoer" name="uitkomst" typeRef="string" />
                      <rule id="Regel_1">
                        <inputEntry id="Regel_1_in"><text>-</text></inputEntry>
                        <outputEntry id="Regel_1_uit"><text>"ja"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(beslissingSleutel, taalAttribuut, invoerExpressie);
    }

    /** XML text content: an expression as Modeler writes it into an attribute or element. */
    static String xml(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
