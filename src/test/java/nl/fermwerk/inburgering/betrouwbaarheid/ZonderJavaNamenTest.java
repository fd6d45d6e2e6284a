package nl.fermwerk.inburgering.betrouwbaarheid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which parts of an engine message go and which stay (ZonderJavaNamen). */
class ZonderJavaNamenTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "org.camunda.bpm.engine.MismatchingMessageCorrelationException: Cannot correlate message 'Verhuisd'"
                    + " => Cannot correlate message 'Verhuisd'",
            "Cannot set query parameter 'dueAfter' to value 'morgen': Cannot convert value \"morgen\" to java type"
                    + " java.util.Date => Cannot set query parameter 'dueAfter' to value 'morgen': Cannot convert value"
                    + " \"morgen\" to java type Date",
            "Cannot complete task 42: java.lang.NullPointerException => Cannot complete task 42:",
            "objectTypeName=java.util.List<nl.fermwerk.inburgering.Iets> => objectTypeName=List<Iets>",
            // What is not a Java name stays: codes, file names, URLs, Dutch text
            "ENGINE-09005 Could not parse BPMN process. Errors: resource kapot.bpmn | line 1"
                    + " => ENGINE-09005 Could not parse BPMN process. Errors: resource kapot.bpmn | line 1",
            "Zie http://camunda.org/schema/1.0/bpmn en www.fermwerk.nl. => Zie http://camunda.org/schema/1.0/bpmn en"
                    + " www.fermwerk.nl.",
            "De leerroute B1 vraagt een pipDatum. => De leerroute B1 vraagt een pipDatum."})
    void javaNamenGaanDeRestBlijft(String melding, String verwacht) {
        assertThat(ZonderJavaNamen.in(melding)).isEqualTo(verwacht);
    }
}
