package dev.fakecloud.events;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Validation;
import dev.fakecloud.events.model.TargetShapes.InputTransformer;
import dev.fakecloud.events.model.TargetShapes.ListRuleNamesByTargetRequest;
import dev.fakecloud.events.model.TargetShapes.ListRuleNamesByTargetResponse;
import dev.fakecloud.events.model.TargetShapes.ListTargetsByRuleRequest;
import dev.fakecloud.events.model.TargetShapes.ListTargetsByRuleResponse;
import dev.fakecloud.events.model.TargetShapes.PutTargetsRequest;
import dev.fakecloud.events.model.TargetShapes.PutTargetsResponse;
import dev.fakecloud.events.model.TargetShapes.RemoveTargetsRequest;
import dev.fakecloud.events.model.TargetShapes.RemoveTargetsResponse;
import dev.fakecloud.events.model.TargetShapes.Target;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The targets of rules: PutTargets (validated as AWS validates them), RemoveTargets and the listings. */
@ApplicationScoped
public class RuleTargets {

    /** AWS's default quota of targets per rule. */
    static final int MAX_TARGETS_PER_RULE = 5;

    private final RuleService rules;
    private final RuleStore store;
    private final BusService buses;

    public RuleTargets(RuleService rules, RuleStore store, BusService buses) {
        this.rules = rules;
        this.store = store;
        this.buses = buses;
    }

    PutTargetsResponse put(EventsCall call, PutTargetsRequest r) {
        Validation v = Validation.start();
        RuleService.validateName(v, r.rule(), "rule");
        RuleService.validateBus(v, r.eventBusName());
        v.required(r.targets(), "targets").minSize(r.targets(), "targets", 1).maxSize(r.targets(), "targets", 100);
        List<Target> targets = r.targets() == null ? List.of() : r.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String member = "targets." + (i + 1) + ".member.";
            v.required(t.id(), member + "id").length(t.id(), member + "id", 1, 64)
                    .pattern(t.id(), member + "id", Names.TARGET_ID)
                    .required(t.arn(), member + "arn").length(t.arn(), member + "arn", 1, 1600)
                    .length(t.input(), member + "input", 0, 8192).length(t.inputPath(), member + "inputPath", 0, 256);
            if (t.retryPolicy() != null) {
                v.range(t.retryPolicy().maximumRetryAttempts(), member + "retryPolicy.maximumRetryAttempts", 0, 185)
                        .range(t.retryPolicy().maximumEventAgeInSeconds(),
                                member + "retryPolicy.maximumEventAgeInSeconds", 60, 86400);
            }
        }
        v.throwIfInvalid();
        targets.forEach(RuleTargets::checkInput);
        EventRule rule = rules.find(call, r.rule(), r.eventBusName());
        if (rule.managedBy() != null) {
            throw EventsErrors.managedRule(r.rule());
        }
        boolean[] tooMany = {false};
        store.update(rule.arn(), current -> {
            Map<String, Target> byId = new LinkedHashMap<>();
            current.targets().forEach(t -> byId.put(t.id(), t));
            targets.forEach(t -> byId.put(t.id(), t));
            if (byId.size() > MAX_TARGETS_PER_RULE) {
                tooMany[0] = true;
                return current;
            }
            return current.withTargets(new ArrayList<>(byId.values()));
        });
        if (tooMany[0]) {
            throw EventsErrors.limitExceeded();
        }
        return new PutTargetsResponse(0, List.of());
    }

    /** One of Input, InputPath, InputTransformer at most; paths that parse; placeholders that are defined. */
    private static void checkInput(Target t) {
        int given = (t.input() != null ? 1 : 0) + (t.inputPath() != null ? 1 : 0)
                + (t.inputTransformer() != null ? 1 : 0);
        if (given > 1) {
            throw EventsErrors.validation("Only one of Input, InputPath, or InputTransformer must be provided for target "
                    + t.id() + ".");
        }
        if (t.arn().startsWith("arn:aws:sqs:") && t.arn().endsWith(".fifo")
                && (t.sqsParameters() == null || t.sqsParameters().messageGroupId() == null)) {
            throw EventsErrors.validation("Parameter(s) SqsParameters must be specified for target: " + t.id() + ".");
        }
        if (t.input() != null && !Json.isJson(t.input())) {
            throw EventsErrors.validation("Input for target " + t.id() + " is not a valid JSON text.");
        }
        if (t.inputPath() != null && JsonPath.parse(t.inputPath()) == null) {
            throw EventsErrors.validation("Parameter InputPath for target " + t.id() + " is not valid.");
        }
        InputTransformer transformer = t.inputTransformer();
        if (transformer == null) {
            return;
        }
        if (transformer.inputTemplate() == null || transformer.inputTemplate().isEmpty()) {
            throw EventsErrors.validation("InputTemplate for target " + t.id() + " must be specified.");
        }
        Map<String, String> paths = transformer.inputPathsMap() == null ? Map.of() : transformer.inputPathsMap();
        if (paths.size() > 100) {
            throw EventsErrors.validation("InputPathsMap for target " + t.id() + " has more than 100 entries.");
        }
        paths.forEach((key, path) -> {
            if (!Names.INPUT_PATH_KEY.matcher(key).matches() || key.startsWith("aws.")) {
                throw EventsErrors.validation("InputPathsMap for target " + t.id() + " contains invalid key " + key
                        + ".");
            }
            if (JsonPath.parse(path) == null) {
                throw EventsErrors.validation("InputPathsMap for target " + t.id()
                        + " contains invalid JSON path " + path + ".");
            }
        });
        for (String name : InputTemplate.placeholders(transformer.inputTemplate())) {
            if (!paths.containsKey(name) && !InputTemplate.PREDEFINED.contains(name)) {
                throw EventsErrors.validation("InputTemplate for target " + t.id() + " contains invalid placeholder "
                        + name + ".");
            }
        }
    }

    RemoveTargetsResponse remove(EventsCall call, RemoveTargetsRequest r) {
        Validation v = Validation.start();
        RuleService.validateName(v, r.rule(), "rule");
        RuleService.validateBus(v, r.eventBusName());
        v.required(r.ids(), "ids").minSize(r.ids(), "ids", 1).maxSize(r.ids(), "ids", 100).throwIfInvalid();
        EventRule rule = rules.find(call, r.rule(), r.eventBusName());
        if (rule.managedBy() != null && !Boolean.TRUE.equals(r.force())) {
            throw EventsErrors.managedRule(r.rule());
        }
        store.update(rule.arn(), current -> current.withTargets(current.targets().stream()
                .filter(t -> !r.ids().contains(t.id())).toList()));
        return new RemoveTargetsResponse(0, List.of());
    }

    ListTargetsByRuleResponse list(EventsCall call, ListTargetsByRuleRequest r) {
        Validation v = Validation.start();
        RuleService.validateName(v, r.rule(), "rule");
        RuleService.validateBus(v, r.eventBusName());
        v.range(r.limit(), "limit", 1, 100).throwIfInvalid();
        EventRule rule = rules.find(call, r.rule(), r.eventBusName());
        List<Target> sorted = rule.targets().stream().sorted(java.util.Comparator.comparing(Target::id)).toList();
        Page<Target> page = Paging.page(sorted, Target::id, r.nextToken(), r.limit());
        return new ListTargetsByRuleResponse(page.items(), page.nextMarker());
    }

    ListRuleNamesByTargetResponse rulesOf(EventsCall call, ListRuleNamesByTargetRequest r) {
        Validation v = Validation.start().required(r.targetArn(), "targetArn")
                .length(r.targetArn(), "targetArn", 1, 1600).range(r.limit(), "limit", 1, 100);
        RuleService.validateBus(v, r.eventBusName());
        v.throwIfInvalid();
        EventBus bus = buses.resolve(call, r.eventBusName());
        List<String> names = store.onBus(bus.arn()).stream()
                .filter(rule -> rule.targets().stream().anyMatch(t -> t.arn().equals(r.targetArn())))
                .map(EventRule::name).sorted().toList();
        Page<String> page = Paging.page(names, n -> n, r.nextToken(), r.limit());
        return new ListRuleNamesByTargetResponse(page.items(), page.nextMarker());
    }
}
