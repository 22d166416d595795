import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP server (Apache MINA SSHD) for the source benchmark: serves ROOT on a free loopback port
 * to user "bench" with PASSWORD, writes its known_hosts line and then its port to PORT_FILE.
 * Run with the JDK's single-file launcher and SSHD on the class path:
 * java -cp SSHD_JARS bench/SftpBenchServer.java ROOT PORT_FILE KNOWN_HOSTS PASSWORD
 */
public class SftpBenchServer {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(Files.createTempFile("bench-host-key", ".ser")));
        server.setPasswordAuthenticator((user, given, session) -> "bench".equals(user) && args[3].equals(given));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.start();
        String key = PublicKeyEntry.toString(server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic());
        Files.writeString(Path.of(args[2]), "[127.0.0.1]:" + server.getPort() + " " + key + "\n");
        Files.writeString(Path.of(args[1]), Integer.toString(server.getPort()));
        Thread.currentThread().join();
    }
}
