package vn.txng.adapter.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (Apache MINA SSHD) on a loopback port, serving a temporary folder: password
 * and public key logins, its host key written to a known_hosts file, and a switch that cuts the
 * connection in the middle of the next download.
 */
public final class SftpServerFixture implements AutoCloseable {

    public static final String USER = "erp";

    private SshServer server;
    private final Path hostKey;
    private final PublicKey clientKey;
    private final Path root;
    private final Path knownHosts;
    private final String password;
    private final AtomicBoolean cutNextDownload = new AtomicBoolean();
    private final AtomicInteger downloadsCut = new AtomicInteger();
    private volatile CountDownLatch listings = new CountDownLatch(0);
    private final AtomicBoolean holdNextDownload = new AtomicBoolean();
    private final CountDownLatch downloadHeld = new CountDownLatch(1);
    private final CountDownLatch downloadReleased = new CountDownLatch(1);
    private final Set<ServerSession> listed = ConcurrentHashMap.newKeySet();

    public SftpServerFixture(Path work, String password, PublicKey clientKey) throws IOException, GeneralSecurityException {
        // the host key is written once and read again by a server started anew on the same port
        this.root = Files.createDirectories(work.resolve("sftp-root"));
        this.password = password;
        this.hostKey = work.resolve("sftp-host-key.ser");
        this.clientKey = clientKey;
        this.server = listen(0);
        this.knownHosts = work.resolve("known_hosts");
        Files.writeString(knownHosts, knownHostsLine(server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic()));
    }

    private SshServer listen(int port) throws IOException {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
        server.setPasswordAuthenticator((user, given, session) -> USER.equals(user) && password.equals(given));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user) && clientKey != null
                && KeyUtils.compareKeys(clientKey, key));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void readingEntries(ServerSession session, String remoteHandle, DirectoryHandle localHandle) throws IOException {
                // each session's first listing waits for the other sessions' (listTogether)
                if (listed.add(session)) {
                    Together.arrive(listings);
                }
            }

            @Override
            public void reading(ServerSession session, String remoteHandle, FileHandle localHandle, long offset, byte[] data,
                    int dataOffset, int dataLen) throws IOException {
                if (offset == 0 && holdNextDownload.compareAndSet(true, false)) {
                    downloadHeld.countDown();
                    try {
                        downloadReleased.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                // past the first block of a download: the connection drops, as a flaky link would
                if (offset > 0 && cutNextDownload.compareAndSet(true, false)) {
                    downloadsCut.incrementAndGet();
                    session.close(true);
                    throw new IOException("connection cut by the test");
                }
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.start();
        return server;
    }

    /** A known_hosts line for this server with the given key (another key: a host key the client must refuse). */
    public String knownHostsLine(PublicKey hostKey) {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey) + "\n";
    }

    public int port() {
        return server.getPort();
    }

    public Path root() {
        return root;
    }

    public Path knownHosts() {
        return knownHosts;
    }

    public String password() {
        return password;
    }

    /**
     * The first listing of each of the next {@code sessions} sessions is answered only once they all
     * asked (10 s at most): clients that poll at once, none having read a file before the others listed.
     */
    public void listTogether(int sessions) {
        listed.clear();
        listings = new CountDownLatch(sessions);
    }

    /** True when every session {@link #listTogether} waited for did list (none gave up waiting). */
    public boolean listedTogether() {
        return listings.getCount() == 0;
    }

    /** The next download waits at its first block until {@link #releaseDownload} (30 s at most). */
    public void holdNextDownload() {
        holdNextDownload.set(true);
    }

    /** Waits until the held download has started (the client listed and claimed the file). */
    public boolean awaitDownloadHeld() throws InterruptedException {
        return downloadHeld.await(30, TimeUnit.SECONDS);
    }

    public void releaseDownload() {
        downloadReleased.countDown();
    }

    /** The next download breaks off after its first block. */
    public void cutNextDownload() {
        cutNextDownload.set(true);
    }

    public int downloadsCut() {
        return downloadsCut.get();
    }

    /** Writes a file beside the target and renames it in, as a careful ERP would. */
    public Path drop(String name, String content) throws IOException {
        Path part = root.resolve(".part-" + name);
        Files.writeString(part, content);
        return Files.move(part, root.resolve(name));
    }

    private int lastPort;

    /** Stops listening, as a server going down would. */
    public void stop() throws IOException {
        if (server.isStarted()) {
            lastPort = server.getPort();
            server.stop(true);
        }
    }

    /** Listens again on the same port, with the same host key. */
    public void startAgain() throws IOException {
        server = listen(lastPort);
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    /** An RSA key pair for public key logins, its private half written in OpenSSH's format. */
    /** A server under {@code work} for {@link #USER} with {@code password}, and a new client key written to {@code work/client.key}. */
    public static SftpServerFixture withClientKey(Path work, String password) throws IOException, GeneralSecurityException {
        return new SftpServerFixture(work, password, clientKey(work.resolve("client.key")).getPublic());
    }

    public static KeyPair clientKey(Path privateKeyFile) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        try (OutputStream out = Files.newOutputStream(privateKeyFile)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "txng-test", null, out);
        }
        return pair;
    }

    /** Another host's key, for a known_hosts file that must not match. */
    public static PublicKey strangerKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair().getPublic();
    }
}
