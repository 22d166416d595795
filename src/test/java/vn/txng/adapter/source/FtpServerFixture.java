package vn.txng.adapter.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * A real FTP server (Apache FtpServer) on a loopback port, plain or FTPS (explicit or implicit
 * TLS with a test certificate), serving one folder to two accounts: {@code erp} may write,
 * {@code reader} may only read (it can neither move nor delete).
 */
public final class FtpServerFixture implements AutoCloseable {

    public static final String USER = "erp";
    public static final String READER = "reader";

    private final Path root;
    private final FtpServer server;
    private final Listener listener;

    /** {@code tls}: null for plain FTP, else the server's certificate; {@code implicit}: TLS from the first byte. */
    public FtpServerFixture(Path work, String password, TestCertificate tls, boolean implicit) throws IOException, FtpException {
        this.root = Files.createDirectories(work.resolve("ftp-root"));
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listenerFactory = new ListenerFactory();
        listenerFactory.setServerAddress("127.0.0.1");
        listenerFactory.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        if (tls != null) {
            SslConfigurationFactory ssl = new SslConfigurationFactory();
            ssl.setKeystoreFile(tls.keyStore().toFile());
            ssl.setKeystorePassword(tls.password());
            ssl.setKeystoreType("PKCS12");
            SslConfiguration sslConfiguration = ssl.createSslConfiguration();
            listenerFactory.setSslConfiguration(sslConfiguration);
            listenerFactory.setImplicitSsl(implicit);
            data.setSslConfiguration(sslConfiguration);
            data.setImplicitSsl(implicit);
        }
        listenerFactory.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        listener = listenerFactory.createListener();
        factory.addListener("default", listener);
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager userManager = users.createUserManager();
        userManager.save(user(USER, password, true));
        userManager.save(user(READER, password, false));
        factory.setUserManager(userManager);
        server = factory.createServer();
        server.start();
    }

    private BaseUser user(String name, String password, boolean mayWrite) {
        BaseUser user = new BaseUser();
        user.setName(name);
        user.setPassword(password);
        user.setHomeDirectory(root.toString());
        user.setAuthorities(mayWrite ? List.of(new WritePermission()) : List.of());
        return user;
    }

    public int port() {
        return listener.getPort();
    }

    public Path root() {
        return root;
    }

    /** Writes a file beside the target and renames it in, as a careful ERP would. */
    public Path drop(String name, String content) throws IOException {
        Path part = root.resolve(".part-" + name);
        Files.writeString(part, content);
        return Files.move(part, root.resolve(name));
    }

    @Override
    public void close() {
        server.stop();
    }
}
