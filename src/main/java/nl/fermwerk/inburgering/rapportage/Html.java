package nl.fermwerk.inburgering.rapportage;

/** Escaping for the server-rendered pages: every value from an event is text, never markup. */
public final class Html {

    private Html() {
    }

    public static String escape(Object waarde) {
        if (waarde == null) {
            return "";
        }
        String tekst = waarde.toString();
        StringBuilder s = new StringBuilder(tekst.length());
        for (char c : tekst.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
