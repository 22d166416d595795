package vn.txng.adapter.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.txng.adapter.portal.PortalAnswer.AwaitPrerequisite;
import vn.txng.adapter.portal.PortalAnswer.Delivered;
import vn.txng.adapter.portal.PortalAnswer.Rejected;
import vn.txng.adapter.portal.PortalAnswer.RetryLater;

/** The answers table of PORTAL-API.md section 3, status by status. */
class PortalAnswerReaderTest {

    private static final String VALIDATION = "{\"success\":false,\"error\":\"ERR_VALIDATION\",\"message\":\"Invalid data\","
            + "\"debugMessage\":\"x\",\"errorInFile\":null,\"errors\":[{\"field\":\"gtinCode\",\"message\":\"bad check digit\"},"
            + "{\"field\":\"ten\",\"message\":\"is required\"}]}";

    private static PortalAnswer read(int status, String retryAfter, String body) {
        return PortalAnswerReader.read(status, retryAfter, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void successIsDelivered() {
        assertThat(read(200, null, "{\"success\":true,\"data\":{\"id\":\"SP1\",\"created\":false}}"))
                .isEqualTo(new Delivered("SP1", false));
    }

    @Test
    void successFalseOn200IsRejectedWithMessageAndFieldErrors() {
        assertThat(read(200, null, VALIDATION))
                .isEqualTo(new Rejected("ERR_VALIDATION", "Invalid data; gtinCode: bad check digit; ten: is required"));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 413, 422})
    void recordErrorsAreRejected(int status) {
        assertThat(read(status, null, null)).isEqualTo(new Rejected("HTTP_" + status, "HTTP " + status + " (no body)"));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorsAreRetriedWithBackoffAsOutages(int status) {
        assertThat(read(status, "30", "<html>Bad gateway</html>"))
                .isEqualTo(new RetryLater("HTTP " + status + ": <html>Bad gateway</html>", null, true));
    }

    @Test
    void tooManyRequestsWaitsAsTold() {
        assertThat(((RetryLater) read(429, " 12 ", null)).retryAfter()).isEqualTo(Duration.ofSeconds(12));
        assertThat(((RetryLater) read(429, "Wed, 21 Oct 2026 07:28:00 GMT", null)).retryAfter()).isNull();
    }

    @Test
    void conflictAwaitsTheProduct() {
        assertThat(read(409, null, "{\"success\":false,\"message\":\"product first\"}"))
                .isEqualTo(new AwaitPrerequisite("HTTP 409: product first"));
    }

    @Test
    void anUnreadable200IsRetriedNotDelivered() {
        assertThat(read(200, null, "<html>maintenance</html>")).isInstanceOf(RetryLater.class);
        assertThat(read(200, null, "{\"data\":{\"id\":\"SP1\"}}")).isInstanceOf(RetryLater.class);
        assertThat(read(200, null, "{\"success\":true}")).isInstanceOf(RetryLater.class);
    }

    @Test
    void anUnexpectedStatusLosesNothing() {
        assertThat(read(418, null, null)).isInstanceOf(RetryLater.class);
    }

    @Test
    void aMissingUpsertPathIsAFaultOfTheConnectionNotOfTheRecord() {
        assertThat(read(404, null, null)).isInstanceOfSatisfying(PortalAnswer.ConnectionFault.class,
                fault -> assertThat(fault.problem()).isEqualTo(ConnectionProblem.API_PATH_NOT_FOUND));
    }

    @Test
    void errSysDevNamingANullReferenceIsTheOrganisationNotActivatedNotARejection() {
        String answer = "{\"success\":false,\"error\":\"ERR_SYS_DEV\",\"message\":\"Có lỗi xảy ra\","
                + "\"debugMessage\":\"System.NullReferenceException: Object reference not set to an instance of an object.\","
                + "\"errorInFile\":null}";

        assertThat(read(200, null, answer)).isInstanceOfSatisfying(PortalAnswer.ConnectionFault.class,
                fault -> assertThat(fault.problem()).isEqualTo(ConnectionProblem.ORGANISATION_NOT_ACTIVATED));
    }

    @Test
    void errSysDevWithAnotherCauseStaysARejection() {
        String answer = "{\"success\":false,\"error\":\"ERR_SYS_DEV\",\"debugMessage\":\"timeout in the database\"}";

        assertThat(read(200, null, answer)).isInstanceOf(PortalAnswer.Rejected.class);
    }
}
