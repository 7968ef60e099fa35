package app.staffroom.mail;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends text messages through Twilio's Programmable Messaging REST API: {@code POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json} with HTTP basic authentication (account SID and auth token)
 * and a form body of {@code To}, {@code From} and {@code Body}; Twilio answers 201 with the message's {@code sid}.
 * Any other answer, or none within the time limit, is a {@link SmsNotSentException} naming the HTTP status and
 * Twilio's error code, never the message.
 */
class TwilioGateway implements SmsGateway {

    static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    private static final Pattern SID = Pattern.compile("\"sid\"\\s*:\\s*\"([A-Za-z0-9]{1,64})\"");
    private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*([0-9]{1,9})");

    private final TwilioSettings settings;
    private final RestClient client;

    TwilioGateway(TwilioSettings settings) {
        this.settings = settings;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIME_LIMIT).build());
        requests.setReadTimeout(TIME_LIMIT);
        this.client = RestClient.builder().baseUrl(settings.baseUrl().toString()).requestFactory(requests).build();
    }

    @Override
    public String send(String to, String text) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", to);
        form.add("From", settings.from());
        form.add("Body", text);
        String answer;
        try {
            answer = client.post().uri("/2010-04-01/Accounts/{sid}/Messages.json", settings.accountSid())
                    .headers(headers -> headers.setBasicAuth(settings.accountSid(), settings.authToken(), StandardCharsets.UTF_8))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
                        Matcher code = ERROR_CODE.matcher(body);
                        throw new SmsNotSentException("Twilio answered HTTP " + response.getStatusCode().value()
                                + (code.find() ? ", error " + code.group(1) : ""));
                    })
                    .body(String.class);
        } catch (SmsNotSentException refused) {
            throw refused;
        } catch (RestClientException unreachable) {
            // The exception's own text may quote what was sent: only its kind is kept.
            throw new SmsNotSentException("Twilio could not be reached (" + unreachable.getClass().getSimpleName() + ")");
        }
        Matcher sid = SID.matcher(answer == null ? "" : answer);
        if (!sid.find()) {
            throw new SmsNotSentException("Twilio's answer holds no message SID");
        }
        return sid.group(1);
    }
}
