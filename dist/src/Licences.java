import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Collects the third-party licences of everything bundled in a shaded jar, for a distribution's
 * licenses/ folder: THIRD-PARTY.md lists each bundled artifact (from the module's
 * bundled-libraries.txt, written by maven-dependency-plugin's list goal; without it, from the
 * META-INF/maven pom.properties the jar keeps, which some libraries lack) with the licences its
 * POM declares, looking up parent POMs in the local Maven repository when the artifact's own
 * POM names none; every LICENSE/NOTICE file the jar carries is copied beside it. Run as a
 * single-file program:
 *   java Licences.java JAR BUNDLED_LIBRARIES_TXT OUT_DIR TITLE
 */
public final class Licences {
    public static void main(String[] args) throws Exception {
        Path jarPath = Path.of(args[0]);
        Path list = Path.of(args[1]);
        Path out = Path.of(args[2]);
        String title = args[3];
        Files.createDirectories(out.resolve("files"));
        TreeMap<String, String> rows = new TreeMap<>();
        int unknown = 0;
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                    Properties p = new Properties();
                    try (InputStream in = jar.getInputStream(e)) {
                        p.load(in);
                    }
                    String g = p.getProperty("groupId"), a = p.getProperty("artifactId"), v = p.getProperty("version");
                    if (g.startsWith("dev.sslform")) {
                        continue;
                    }
                    JarEntry pom = jar.getJarEntry(name.replace("pom.properties", "pom.xml"));
                    List<String> licences = new ArrayList<>();
                    if (pom != null) {
                        try (InputStream in = jar.getInputStream(pom)) {
                            licences = licencesOf(parse(in), 0);
                        }
                    }
                    if (licences.isEmpty()) {
                        unknown++;
                        licences = List.of("see the project's site (no licence in its POM)");
                    }
                    rows.put(g + ":" + a + ":" + v, String.join("; ", licences));
                } else if (!e.isDirectory() && isLicenceFile(name)) {
                    String flat = name.replace('/', '_');
                    try (InputStream in = jar.getInputStream(e)) {
                        Files.copy(in, out.resolve("files").resolve(flat), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        if (Files.isRegularFile(list)) {
            rows.clear();
            unknown = 0;
            Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository");
            java.util.regex.Pattern line = java.util.regex.Pattern.compile(
                    "^\\s*([^:\\s]+):([^:\\s]+):[^:\\s]+(?::[^:\\s]+)?:([^:\\s]+):(compile|runtime)\\b.*");
            for (String l : Files.readAllLines(list)) {
                java.util.regex.Matcher m = line.matcher(l);
                if (!m.matches() || m.group(1).startsWith("dev.sslform")) {
                    continue;
                }
                String g = m.group(1), a = m.group(2), v = m.group(3);
                Path pom = repo.resolve(g.replace('.', '/')).resolve(a).resolve(v).resolve(a + "-" + v + ".pom");
                List<String> licences = List.of();
                if (Files.isRegularFile(pom)) {
                    try (InputStream in = Files.newInputStream(pom)) {
                        licences = licencesOf(parse(in), 0);
                    }
                }
                if (licences.isEmpty()) {
                    unknown++;
                    licences = List.of("see the project's site (no licence in its POM)");
                }
                rows.put(g + ":" + a + ":" + v, String.join("; ", licences));
            }
        } else {
            System.out.println("==> licences: " + list + " missing (build with -Pdist); listing the libraries the jar names");
        }
        StringBuilder md = new StringBuilder("# Third-party software in " + title + "\n\n")
                .append("The jar in lib/ bundles these libraries, each under its own licence. The licence and notice\n")
                .append("files they ship are in files/; the Java runtime's are in runtime/legal/.\n\n")
                .append("| library | licence |\n|---|---|\n");
        rows.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Files.writeString(out.resolve("THIRD-PARTY.md"), md);
        System.out.println("==> licences: " + rows.size() + " bundled libraries" + (unknown > 0 ? ", " + unknown + " without a licence in their POM chain" : ""));
    }

    private static boolean isLicenceFile(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1).toUpperCase(java.util.Locale.ROOT);
        return name.startsWith("META-INF/") && !name.endsWith(".class")
                && (base.startsWith("LICENSE") || base.startsWith("LICENCE") || base.startsWith("NOTICE") || base.startsWith("COPYING"));
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(in);
    }

    /** The POM's licences, else its parent's from ~/.m2 (up to a few levels). */
    private static List<String> licencesOf(Document pom, int depth) throws Exception {
        List<String> found = new ArrayList<>();
        Element project = pom.getDocumentElement();
        Element licenses = child(project, "licenses");
        if (licenses != null) {
            NodeList list = licenses.getElementsByTagName("license");
            for (int i = 0; i < list.getLength(); i++) {
                Element l = (Element) list.item(i);
                String name = text(l, "name"), url = text(l, "url");
                found.add(name != null ? name + (url != null ? " (" + url + ")" : "") : url);
            }
        }
        Element parent = child(project, "parent");
        if (found.isEmpty() && parent != null && depth < 5) {
            String g = text(parent, "groupId"), a = text(parent, "artifactId"), v = text(parent, "version");
            Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository");
            Path p = repo.resolve(g.replace('.', '/')).resolve(a).resolve(v).resolve(a + "-" + v + ".pom");
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    return licencesOf(parse(in), depth + 1);
                } catch (IOException e) {
                    return found;
                }
            }
        }
        return found;
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static String text(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.getTextContent().strip();
    }
}
