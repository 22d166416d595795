package vn.txng.adapter.source;

import java.util.List;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.component.file.remote.SftpConfiguration;

/**
 * A source's password and key passphrase, kept out of its endpoint URI: set on the endpoint's
 * configuration before each poll, and masked in every message the source's monitor writes.
 *
 * @param password   the account's password, or null
 * @param passphrase the SFTP private key's passphrase, or null
 * @param secrets    every secret value of the source (these two, a trust store's password), to mask
 */
public record SourceCredentials(String password, String passphrase, List<String> secrets) {

    public SourceCredentials {
        secrets = List.copyOf(secrets);
    }

    void applyTo(Endpoint endpoint) {
        if (endpoint instanceof RemoteFileEndpoint<?> remote) {
            remote.getConfiguration().setPassword(password);
            if (passphrase != null && remote.getConfiguration() instanceof SftpConfiguration sftp) {
                sftp.setPrivateKeyPassphrase(passphrase);
            }
        }
    }

    /** The text with every secret replaced by {@code ******}. */
    String mask(String text) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, "******");
        }
        return masked;
    }

    @Override
    public String toString() {
        return "SourceCredentials[******]";
    }
}
