package vn.txng.adapter.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A self-signed server certificate for 127.0.0.1, made by the JDK's keytool when a test starts (no
 * private key is committed): the server's PKCS12 key store and a client trust store holding only it.
 */
public record TestCertificate(Path keyStore, Path trustStore, String password) {

    public static TestCertificate create(Path dir) throws IOException, InterruptedException {
        String password = "pw-" + UUID.randomUUID();
        Path keyStore = dir.resolve("server.p12");
        Path certificate = dir.resolve("server.cer");
        Path trustStore = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "ftp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", password, "-keypass", password);
        keytool("-exportcert", "-alias", "ftp", "-keystore", keyStore.toString(), "-storepass", password, "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "ftp", "-file", certificate.toString(), "-keystore", trustStore.toString(),
                "-storetype", "PKCS12", "-storepass", password);
        return new TestCertificate(keyStore, trustStore, password);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool " + arguments[0] + " failed: " + output);
        }
    }
}
