package dev.fakecloud.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.cloudwatch.model.ResourceShapes.DescribeInsightRulesResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.FailuresResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetInsightRuleReportRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetInsightRuleReportResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.InsightRule;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListManagedInsightRulesRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ListManagedInsightRulesResponse;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ManagedRule;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ManagedRuleDescription;
import dev.fakecloud.cloudwatch.model.ResourceShapes.ManagedRuleState;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PagedRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PartialFailure;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutInsightRuleRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.PutManagedInsightRulesRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.RuleNamesRequest;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Contributor Insights rules, stored by ARN ({@code arn:aws:cloudwatch:<region>:<account>:insight-rule/<name>}):
 * rules users write (PutInsightRule; the definition must be a JSON rule body) and managed rules created for a
 * resource from a template (PutManagedInsightRules); described, enabled, disabled and deleted alike. No log events
 * are analysed: GetInsightRuleReport answers an existing rule with an empty report.
 */
@Startup
@ApplicationScoped
public class InsightRuleService {

    private static final Pattern NAME = Pattern.compile("[\\x20-\\x7E]{1,128}");
    private static final Pattern TEMPLATE = Pattern.compile("[0-9A-Za-z][\\-._0-9A-Za-z]{0,126}[0-9A-Za-z]");
    private static final String USER_SCHEMA = "CloudWatchLogRule/1";
    private static final String MANAGED_SCHEMA = "ServiceLogRule/1";
    private static final int MAX_RESULTS = 500;

    /** One rule and, for a managed rule, the template and resource it was made for. */
    public record StoredRule(String arn, InsightRule rule, String templateName, String resourceArn) {
    }

    private final Table<String, StoredRule> rules;
    private final TagService tags;
    private final ObjectMapper json = new ObjectMapper();

    public InsightRuleService(StateStore store, TagService tags) {
        this.rules = store.sortedTable("cloudwatch.insight-rules", String.class, StoredRule.class,
                Comparator.naturalOrder());
        this.tags = tags;
        tags.owner("insight-rule", (call, arn) -> rules.contains(arn));
    }

    public void put(CloudWatchCall call, PutInsightRuleRequest r) {
        Requests.require(r.ruleName(), "RuleName");
        Requests.require(r.ruleDefinition(), "RuleDefinition");
        checkName(r.ruleName());
        String state = r.ruleState() == null ? "ENABLED" : r.ruleState();
        checkState(state);
        JsonNode body;
        try {
            body = json.readTree(r.ruleDefinition());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject() || r.ruleDefinition().length() > 8192) {
            throw CloudWatchErrors.invalidParameterValue("The value for parameter RuleDefinition is not a valid JSON "
                    + "rule body.");
        }
        String arn = call.arn("insight-rule", r.ruleName());
        StoredRule existing = rules.get(arn);
        if (existing != null && existing.templateName() != null) {
            throw CloudWatchErrors.invalidParameterValue("The rule " + r.ruleName() + " is a managed rule and "
                    + "cannot be changed with PutInsightRule.");
        }
        rules.put(arn, new StoredRule(arn, new InsightRule(r.ruleName(), state, USER_SCHEMA, r.ruleDefinition(),
                false, Boolean.TRUE.equals(r.applyOnTransformedLogs())), null, null));
        if (r.tags() != null && !r.tags().isEmpty()) {
            tags.tag(arn, r.tags());
        }
    }

    public DescribeInsightRulesResponse describe(CloudWatchCall call, PagedRequest r) {
        int max = Requests.max(r.maxResults(), MAX_RESULTS, MAX_RESULTS, "maxResults");
        Page<StoredRule> page = Page.of(inRegion(call), s -> s.rule().name(), r.nextToken(), max,
                CloudWatchErrors::invalidNextToken);
        return new DescribeInsightRulesResponse(page.nextMarker(), page.items().stream().map(StoredRule::rule)
                .toList());
    }

    public FailuresResponse delete(CloudWatchCall call, RuleNamesRequest r) {
        return each(call, r, arn -> {
            rules.remove(arn);
            tags.forget(arn);
        });
    }

    public FailuresResponse enable(CloudWatchCall call, RuleNamesRequest r) {
        return each(call, r, arn -> rules.update(arn, s -> withState(s, "ENABLED")));
    }

    public FailuresResponse disable(CloudWatchCall call, RuleNamesRequest r) {
        return each(call, r, arn -> rules.update(arn, s -> withState(s, "DISABLED")));
    }

    /** Applies a change to each named rule; a name that is no rule is a failure of its own, not of the call. */
    private FailuresResponse each(CloudWatchCall call, RuleNamesRequest r, java.util.function.Consumer<String> f) {
        Requests.require(r.ruleNames(), "RuleNames");
        List<PartialFailure> failures = new ArrayList<>();
        for (String name : r.ruleNames()) {
            String arn = call.arn("insight-rule", name);
            if (!rules.contains(arn)) {
                failures.add(new PartialFailure(name, "ResourceNotFoundException", "ResourceNotFound",
                        "Rule " + name + " does not exist"));
                continue;
            }
            f.accept(arn);
        }
        return new FailuresResponse(failures);
    }

    public GetInsightRuleReportResponse report(CloudWatchCall call, GetInsightRuleReportRequest r) {
        Requests.require(r.ruleName(), "RuleName");
        Requests.require(r.startTime(), "StartTime");
        Requests.require(r.endTime(), "EndTime");
        Requests.require(r.period(), "Period");
        if (r.period() < 1 || (r.period() % 60 != 0)) {
            throw CloudWatchErrors.invalidParameterValue("The parameter Period must be a multiple of 60.");
        }
        if (!r.startTime().isBefore(r.endTime())) {
            throw CloudWatchErrors.invalidParameterValue("The parameter StartTime must be less than the parameter "
                    + "EndTime.");
        }
        StoredRule s = rules.get(call.arn("insight-rule", r.ruleName()));
        if (s == null) {
            throw CloudWatchErrors.resourceNotFoundException("Rule " + r.ruleName() + " does not exist");
        }
        List<String> keys = new ArrayList<>();
        String aggregation = "count";
        try {
            JsonNode contribution = json.readTree(s.rule().definition()).path("Contribution");
            contribution.path("Keys").forEach(k -> keys.add(k.asText()));
            aggregation = json.readTree(s.rule().definition()).path("AggregateOn").asText("Count")
                    .toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            // a managed rule's definition is fakecloud's own; nothing to read
        }
        return new GetInsightRuleReportResponse(keys, aggregation, 0.0, 0L, List.of(), List.of());
    }

    public FailuresResponse putManaged(CloudWatchCall call, PutManagedInsightRulesRequest r) {
        Requests.require(r.managedRules(), "ManagedRules");
        for (ManagedRule m : r.managedRules()) {
            Requests.require(m.templateName(), "ManagedRules.member.TemplateName");
            Requests.require(m.resourceArn(), "ManagedRules.member.ResourceARN");
            if (!TEMPLATE.matcher(m.templateName()).matches()) {
                throw CloudWatchErrors.invalidParameterValue("The value " + m.templateName()
                        + " for parameter TemplateName is invalid.");
            }
            if (!m.resourceArn().startsWith("arn:")) {
                throw CloudWatchErrors.invalidParameterValue("The value " + m.resourceArn()
                        + " for parameter ResourceARN is not an ARN.");
            }
        }
        for (ManagedRule m : r.managedRules()) {
            String resource = m.resourceArn().substring(m.resourceArn().lastIndexOf(':') + 1)
                    .replaceAll("[^\\x20-\\x7E]", "");
            String name = (m.templateName() + "-" + resource.replace('/', '-'));
            name = name.length() > 128 ? name.substring(0, 128) : name;
            String arn = call.arn("insight-rule", name);
            String definition = "{\"Schema\":{\"Name\":\"ServiceLogRule\",\"Version\":1},\"TemplateName\":"
                    + json.valueToTree(m.templateName()) + ",\"ResourceARN\":" + json.valueToTree(m.resourceArn())
                    + "}";
            // a managed rule that exists is enabled again, as on AWS
            rules.put(arn, new StoredRule(arn, new InsightRule(name, "ENABLED", MANAGED_SCHEMA, definition, true,
                    false), m.templateName(), m.resourceArn()));
            if (m.tags() != null && !m.tags().isEmpty()) {
                tags.tag(arn, m.tags());
            }
        }
        return new FailuresResponse(List.of());
    }

    public ListManagedInsightRulesResponse listManaged(CloudWatchCall call, ListManagedInsightRulesRequest r) {
        Requests.require(r.resourceArn(), "ResourceARN");
        int max = Requests.max(r.maxResults(), MAX_RESULTS, MAX_RESULTS, "maxResults");
        List<StoredRule> matching = inRegion(call).stream().filter(s -> r.resourceArn().equals(s.resourceArn()))
                .toList();
        Page<StoredRule> page = Page.of(matching, s -> s.rule().name(), r.nextToken(), max,
                CloudWatchErrors::invalidNextToken);
        return new ListManagedInsightRulesResponse(page.items().stream().map(s -> new ManagedRuleDescription(
                s.templateName(), s.resourceArn(), new ManagedRuleState(s.rule().name(), s.rule().state()))).toList(),
                page.nextMarker());
    }

    private List<StoredRule> inRegion(CloudWatchCall call) {
        String prefix = call.arn("insight-rule", "");
        return rules.range(prefix, prefix + Character.MAX_VALUE);
    }

    private static StoredRule withState(StoredRule s, String state) {
        InsightRule r = s.rule();
        return new StoredRule(s.arn(), new InsightRule(r.name(), state, r.schema(), r.definition(), r.managedRule(),
                r.applyOnTransformedLogs()), s.templateName(), s.resourceArn());
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw CloudWatchErrors.invalidParameterValue("The value " + name + " for parameter RuleName is invalid.");
        }
    }

    private static void checkState(String state) {
        if (!state.equals("ENABLED") && !state.equals("DISABLED")) {
            throw CloudWatchErrors.invalidParameterValue("The value " + state + " for parameter RuleState is "
                    + "invalid. Valid values: [ENABLED, DISABLED]");
        }
    }
}
