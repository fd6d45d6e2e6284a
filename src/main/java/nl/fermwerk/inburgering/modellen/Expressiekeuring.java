package nl.fermwerk.inburgering.modellen;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.stereotype.Component;

/**
 * Judges an expression of a model against {@link ToegestaneExpressies}, on the tree of the engine's own JUEL parser
 * (the grammar the engine evaluates, not a pattern over the text). It follows what each part of the expression is:
 * a bean may have its listed methods called; {@code execution}/{@code task} may only read variables or be handed to
 * such a method; {@code decisionResult} only yields its outputs; a variable's value is a value, on which nothing is
 * called and no property is read (a property read is a getter call: {@code leerroute.class}). Functions, bracket
 * access to objects and every other bean are refused. The runtime guard enforces the same lists.
 */
@Component
public class Expressiekeuring {

    // The features of the engine's ExpressionFactoryImpl: method invocations and varargs, as in the engine
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final Expressiebeleid beleid;

    public Expressiekeuring(Expressiebeleid beleid) {
        this.beleid = beleid;
    }

    /** Whether the engine would evaluate anything in this text; plain text is a literal and always allowed. */
    static boolean isExpressie(String tekst) {
        return tekst != null && (tekst.contains("${") || tekst.contains("#{"));
    }

    /** Why this expression may not be in a model; empty when it may. */
    public List<String> keur(String tekst) {
        if (!isExpressie(tekst)) {
            return List.of();
        }
        Node wortel;
        try {
            wortel = PARSER.build(tekst.strip()).getRoot();
        } catch (TreeBuilderException onleesbaar) {
            return List.of("expressie '" + tekst.strip() + "' is niet te lezen: " + onleesbaar.getMessage());
        }
        Set<String> bezwaren = new LinkedHashSet<>();
        alsWaarde(soort(wortel, bezwaren), bezwaren);
        return bezwaren.stream().map(b -> "expressie '" + tekst.strip() + "': " + b).toList();
    }

    /** A delegate expression must be exactly one allowed delegate: {@code ${termijnOverschreden}}. */
    public List<String> keurDelegate(String tekst) {
        String expressie = tekst == null ? "" : tekst.strip();
        try {
            Node wortel = PARSER.build(expressie).getRoot();
            if (wortel instanceof AstEval eval && eval.getChild(0) instanceof AstIdentifier naam
                    && beleid.isDelegate(naam.getName())) {
                return List.of();
            }
        } catch (TreeBuilderException onleesbaar) {
            return List.of("delegateExpression '" + expressie + "' is niet te lezen: " + onleesbaar.getMessage());
        }
        return List.of("delegateExpression '" + expressie + "' noemt geen bean die modellen als delegate mogen "
                + "gebruiken; toegestaan: ${naam} met als naam " + beleid.toegestaneDelegates());
    }

    /** What a part of an expression is; GEWEIGERD: already refused, so what follows on it adds no second complaint. */
    private enum Soort { WAARDE, BEAN, DELEGATE, ENGINEOBJECT, BESLISRESULTAAT, BESLISREGEL, GEWEIGERD }

    private record Uitkomst(Soort soort, String naam) {

        static final Uitkomst WAARDE = new Uitkomst(Soort.WAARDE, null);
        static final Uitkomst GEWEIGERD = new Uitkomst(Soort.GEWEIGERD, null);
    }

    private Uitkomst soort(Node knoop, Set<String> bezwaren) {
        if (knoop instanceof AstEval || knoop instanceof AstNested) {
            return soort(knoop.getChild(0), bezwaren);
        }
        if (knoop instanceof AstText || knoop instanceof AstLiteral) {
            return Uitkomst.WAARDE;
        }
        if (knoop instanceof AstComposite || knoop instanceof AstBinary || knoop instanceof AstUnary
                || knoop instanceof AstChoice) {
            for (int i = 0; i < knoop.getCardinality(); i++) {
                alsWaarde(soort(knoop.getChild(i), bezwaren), bezwaren);
            }
            return Uitkomst.WAARDE;
        }
        if (knoop instanceof AstIdentifier identifier) {
            return naam(identifier.getName(), bezwaren);
        }
        if (knoop instanceof AstMethod methode) {
            return methode(methode, bezwaren);
        }
        if (knoop instanceof AstDot || knoop instanceof AstBracket) {
            return eigenschap(knoop, bezwaren);
        }
        if (knoop instanceof AstFunction functie) {
            bezwaren.add("functie '" + functie.getName() + "()' is niet toegestaan");
            argumenten(functie, Uitkomst.WAARDE, bezwaren);
            return Uitkomst.GEWEIGERD;
        }
        bezwaren.add("'" + knoop + "' is niet toegestaan");
        return Uitkomst.GEWEIGERD;
    }

    private Uitkomst naam(String naam, Set<String> bezwaren) {
        if (ToegestaneExpressies.ENGINEOBJECTEN.contains(naam)) {
            return new Uitkomst(Soort.ENGINEOBJECT, naam);
        }
        if (ToegestaneExpressies.BESLISRESULTAAT.equals(naam)) {
            return new Uitkomst(Soort.BESLISRESULTAAT, naam);
        }
        if (beleid.methodenVan(naam) != null) {
            return new Uitkomst(Soort.BEAN, naam);
        }
        if (beleid.isDelegate(naam)) {
            return new Uitkomst(Soort.DELEGATE, naam);
        }
        if (beleid.isAndereBean(naam)) {
            bezwaren.add("'" + naam + "' is een onderdeel van de applicatie dat modellen niet mogen gebruiken "
                    + "(toegestaan: " + beleid.toegestaneMethoden() + ")");
            return Uitkomst.GEWEIGERD;
        }
        // Otherwise a process variable: the engine resolves it to its value
        return Uitkomst.WAARDE;
    }

    private Uitkomst methode(AstMethod methode, Set<String> bezwaren) {
        Node eigenschap = methode.getChild(0);
        if (!(eigenschap instanceof AstDot punt)) {
            bezwaren.add("een methode met een berekende naam ([...]) is niet toegestaan");
            for (int i = 0; i < eigenschap.getCardinality(); i++) {
                soort(eigenschap.getChild(i), bezwaren);
            }
            argumenten(methode.getChild(1), Uitkomst.WAARDE, bezwaren);
            return Uitkomst.GEWEIGERD;
        }
        String naam = naamVan(punt);
        Uitkomst basis = soort(punt.getChild(0), bezwaren);
        argumenten(methode.getChild(1), basis, bezwaren);
        switch (basis.soort()) {
            case BEAN -> {
                if (!beleid.methodenVan(basis.naam()).contains(naam)) {
                    bezwaren.add("methode '" + basis.naam() + "." + naam + "' is niet toegestaan (toegestaan: "
                            + beleid.toegestaneMethoden() + ")");
                    return Uitkomst.GEWEIGERD;
                }
                return Uitkomst.WAARDE;
            }
            case ENGINEOBJECT -> {
                if (!ToegestaneExpressies.VARIABELEN_LEZEN.contains(naam)) {
                    bezwaren.add("'" + basis.naam() + "." + naam + "()' is niet toegestaan; via " + basis.naam()
                            + " mag een model alleen variabelen lezen (" + String.join(", ",
                            ToegestaneExpressies.VARIABELEN_LEZEN.stream().sorted().toList()) + ")");
                    return Uitkomst.GEWEIGERD;
                }
                return Uitkomst.WAARDE;
            }
            case BESLISRESULTAAT -> {
                if (ToegestaneExpressies.BESLISREGEL_LEZEN.contains(naam)) {
                    return new Uitkomst(Soort.BESLISREGEL, null);
                }
                if (!ToegestaneExpressies.BESLISWAARDE_LEZEN.contains(naam)) {
                    bezwaren.add("'decisionResult." + naam + "()' is niet toegestaan; gebruik getSingleResult(), "
                            + "getFirstResult() of getSingleEntry()");
                    return Uitkomst.GEWEIGERD;
                }
                return Uitkomst.WAARDE;
            }
            case DELEGATE -> bezwaren.add("'" + basis.naam() + "' is een delegate: noem hem alleen als "
                    + "delegateExpression ${" + basis.naam() + "}, zonder methode");
            case GEWEIGERD -> {
                // its base was refused already
            }
            default -> bezwaren.add("methode '" + naam + "' aanroepen op een waarde is niet toegestaan");
        }
        return Uitkomst.GEWEIGERD;
    }

    /** A property read: a map lookup on a decision's outputs, or else a getter call on some object. */
    private Uitkomst eigenschap(Node knoop, Set<String> bezwaren) {
        Uitkomst basis = soort(knoop.getChild(0), bezwaren);
        String naam = knoop instanceof AstDot punt ? naamVan(punt) : "[...]";
        if (knoop instanceof AstBracket) {
            alsWaarde(soort(knoop.getChild(1), bezwaren), bezwaren);
        }
        if (basis.soort() == Soort.BESLISREGEL) {
            return Uitkomst.WAARDE;
        }
        if (basis.soort() != Soort.GEWEIGERD) {
            bezwaren.add("eigenschap '" + naam + "' lezen van " + (basis.naam() == null ? "een waarde"
                    : "'" + basis.naam() + "'") + " is niet toegestaan");
        }
        return Uitkomst.GEWEIGERD;
    }

    /** Engine objects may be handed to a bean's allowed method (trajectGebeurtenissen.leg(execution, ...)). */
    private void argumenten(Node parameters, Uitkomst ontvanger, Set<String> bezwaren) {
        for (int i = 0; i < parameters.getCardinality(); i++) {
            Uitkomst argument = soort(parameters.getChild(i), bezwaren);
            if (!(ontvanger.soort() == Soort.BEAN && argument.soort() == Soort.ENGINEOBJECT)) {
                alsWaarde(argument, bezwaren);
            }
        }
    }

    private static void alsWaarde(Uitkomst uitkomst, Set<String> bezwaren) {
        switch (uitkomst.soort()) {
            case ENGINEOBJECT -> bezwaren.add("'" + uitkomst.naam() + "' zelf is niet toegestaan, alleen "
                    + uitkomst.naam() + ".getVariable('...') of doorgeven aan een toegestane methode");
            case BEAN, DELEGATE -> bezwaren.add("'" + uitkomst.naam() + "' zelf is niet toegestaan, alleen zijn "
                    + "toegestane methoden");
            case BESLISRESULTAAT -> bezwaren.add("'decisionResult' zelf is niet toegestaan, alleen "
                    + "decisionResult.getSingleResult().naam");
            default -> {
                // a value: literal, variable, operator result
            }
        }
    }

    /** AstDot keeps its property name to itself; its text form is ". naam". */
    private static String naamVan(AstDot punt) {
        String tekst = punt.toString();
        return tekst.startsWith(". ") ? tekst.substring(2) : tekst;
    }
}
