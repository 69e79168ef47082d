package dev.fakecloud.sns;

import dev.fakecloud.core.Page;
import dev.fakecloud.sns.model.MobileShapes.CreateSandboxNumberRequest;
import dev.fakecloud.sns.model.MobileShapes.ListOptedOutResult;
import dev.fakecloud.sns.model.MobileShapes.ListOriginationNumbersResult;
import dev.fakecloud.sns.model.MobileShapes.ListSandboxNumbersResult;
import dev.fakecloud.sns.model.MobileShapes.OptedOutResult;
import dev.fakecloud.sns.model.MobileShapes.SandboxAccountStatusResult;
import dev.fakecloud.sns.model.MobileShapes.SandboxNumber;
import dev.fakecloud.sns.model.MobileShapes.SmsAttributesResult;
import dev.fakecloud.sns.model.MobileShapes.VerifySandboxNumberRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * SMS: account settings, opt-outs and the SMS sandbox, answered as AWS answers a new account. fakecloud sends no
 * SMS: nobody can opt out, the account stays in the sandbox, it has no origination numbers, and the one-time
 * password that verifies a sandbox number is written to fakecloud's log instead of being texted.
 */
@ApplicationScoped
public class SmsService {

    private static final Logger LOG = Logger.getLogger(SmsService.class);
    private static final Set<String> ATTRIBUTES = Set.of("DefaultSenderID", "DefaultSMSType", "MonthlySpendLimit",
            "DeliveryStatusIAMRole", "DeliveryStatusSuccessSamplingRate", "UsageReportS3Bucket");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern OPT_IN_NUMBER = Pattern.compile("\\+?[0-9]{1,15}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SmsStore store;

    public SmsService(SmsStore store) {
        this.store = store;
    }

    public void setAttributes(SnsCall call, Map<String, String> attributes) {
        if (attributes == null) {
            throw SnsErrors.required("attributes");
        }
        attributes.forEach((name, value) -> {
            if (!ATTRIBUTES.contains(name)) {
                throw SnsErrors.invalidParameterMessage(name + " is not a valid attribute");
            }
            if (name.equals("DefaultSMSType") && !value.equals("Promotional") && !value.equals("Transactional")) {
                throw SnsErrors.invalidParameterMessage("DefaultSMSType is invalid");
            }
        });
        SortedMap<String, String> next = store.settings(call);
        next.putAll(attributes);
        store.putSettings(call, next);
    }

    public SmsAttributesResult attributes(SnsCall call, List<String> names) {
        SortedMap<String, String> all = store.settings(call);
        all.putIfAbsent("MonthlySpendLimit", "1");
        if (names == null || names.isEmpty()) {
            return new SmsAttributesResult(all);
        }
        SortedMap<String, String> some = new TreeMap<>();
        names.forEach(n -> {
            if (all.containsKey(n)) {
                some.put(n, all.get(n));
            }
        });
        return new SmsAttributesResult(some);
    }

    public OptedOutResult optedOut(SnsCall call, String phoneNumber) {
        checkNumber(phoneNumber);
        return new OptedOutResult(false);
    }

    public void optIn(SnsCall call, String phoneNumber) {
        checkNumber(phoneNumber);
    }

    private static void checkNumber(String phoneNumber) {
        if (phoneNumber == null) {
            throw SnsErrors.required("phoneNumber");
        }
        if (!OPT_IN_NUMBER.matcher(phoneNumber).matches()) {
            throw SnsErrors.invalidParameter("PhoneNumber", "input incorrectly formatted");
        }
    }

    public ListOptedOutResult listOptedOut(SnsCall call, String nextToken) {
        return new ListOptedOutResult(List.of(), null);
    }

    public SandboxAccountStatusResult sandboxStatus(SnsCall call) {
        return new SandboxAccountStatusResult(true);
    }

    public void createSandboxNumber(SnsCall call, CreateSandboxNumberRequest req) {
        String number = sandboxNumber(req.phoneNumber());
        String password = String.format("%06d", RANDOM.nextInt(1_000_000));
        store.put(new SmsStore.SandboxNumber(SmsStore.scope(call), number, "Pending", password));
        LOG.infof("SNS SMS sandbox: the one-time password for %s is %s (fakecloud sends no SMS)", number, password);
    }

    public void verifySandboxNumber(SnsCall call, VerifySandboxNumberRequest req) {
        String number = sandboxNumber(req.phoneNumber());
        SmsStore.SandboxNumber found = store.sandboxNumber(call, number);
        if (found == null) {
            throw SnsErrors.smsResourceNotFound("Phone number does not exist in the sandbox");
        }
        if (req.oneTimePassword() == null || !req.oneTimePassword().equals(found.oneTimePassword())) {
            throw SnsErrors.verification("Invalid one-time password");
        }
        store.put(new SmsStore.SandboxNumber(found.scope(), number, "Verified", found.oneTimePassword()));
    }

    public void deleteSandboxNumber(SnsCall call, String phoneNumber) {
        if (store.removeSandboxNumber(call, sandboxNumber(phoneNumber)) == null) {
            throw SnsErrors.smsResourceNotFound("Phone number does not exist in the sandbox");
        }
    }

    public ListSandboxNumbersResult listSandboxNumbers(SnsCall call, String nextToken, Integer maxResults) {
        Page<SmsStore.SandboxNumber> page = Page.of(store.sandboxNumbers(call), SmsStore.SandboxNumber::phoneNumber,
                nextToken, maxResults == null ? 100 : maxResults, () -> SnsErrors.invalidParameter("NextToken"));
        return new ListSandboxNumbersResult(page.items().stream().map(n -> new SandboxNumber(n.phoneNumber(),
                n.status())).toList(), page.nextMarker());
    }

    public ListOriginationNumbersResult originationNumbers(SnsCall call) {
        return new ListOriginationNumbersResult(null, List.of());
    }

    private static String sandboxNumber(String phoneNumber) {
        if (phoneNumber == null) {
            throw SnsErrors.required("phoneNumber");
        }
        if (!E164.matcher(phoneNumber).matches()) {
            throw SnsErrors.invalidParameter("PhoneNumber", "input incorrectly formatted");
        }
        return phoneNumber;
    }
}
