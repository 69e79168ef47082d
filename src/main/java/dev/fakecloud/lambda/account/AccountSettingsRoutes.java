package dev.fakecloud.lambda.account;

import dev.fakecloud.lambda.concurrency.ConcurrencyBudget;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.api.LambdaCall;
import dev.fakecloud.lambda.api.LambdaRoutes;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.lambda.code.CodeService;
import dev.fakecloud.lambda.code.CodeStorageUsage;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.FunctionVersion;
import dev.fakecloud.lambda.control.LambdaFunction;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/**
 * GetAccountSettings: AWS's limits (code storage, package sizes, the configured concurrency limit) and live usage
 * (function count, code stored by function and layer versions, concurrency left unreserved).
 */
@ApplicationScoped
public class AccountSettingsRoutes implements LambdaRoutes, CodeStorageUsage {

    /** AWS's default code storage quota per region: 75 GB. */
    static final long TOTAL_CODE_SIZE_LIMIT = 80_530_636_800L;

    @RegisterForReflection
    public record AccountLimit(Long totalCodeSize, Long codeSizeUnzipped, Long codeSizeZipped,
            Integer concurrentExecutions, Integer unreservedConcurrentExecutions) {
    }

    @RegisterForReflection
    public record AccountUsage(Long totalCodeSize, Long functionCount) {
    }

    @RegisterForReflection
    public record GetAccountSettingsResponse(AccountLimit accountLimit, AccountUsage accountUsage) {
    }

    private final FunctionStore functions;
    private final Instance<CodeStorageUsage> storage;
    private final ConcurrencyBudget budget;
    private final int concurrencyLimit;

    public AccountSettingsRoutes(FunctionStore functions, Instance<CodeStorageUsage> storage,
            ConcurrencyBudget budget) {
        this.functions = functions;
        this.storage = storage;
        this.budget = budget;
        this.concurrencyLimit = budget.accountLimit();
    }

    @Override
    public List<RestRoute> routes() {
        return List.of(RestRoute.model("GetAccountSettings", "GET", "/2016-08-19/account-settings", 200, this::get));
    }

    private GetAccountSettingsResponse get(LambdaCall call) {
        Scope scope = call.scope();
        List<LambdaFunction> all = functions.list(scope);
        long reserved = budget.reservedTotal(scope);
        long stored = storage.stream().mapToLong(s -> s.totalCodeSize(scope)).sum();
        return new GetAccountSettingsResponse(
                new AccountLimit(TOTAL_CODE_SIZE_LIMIT, CodeService.MAX_UNZIPPED, CodeService.MAX_ZIPPED,
                        concurrencyLimit, (int) Math.max(0, concurrencyLimit - reserved)),
                new AccountUsage(stored, (long) all.size()));
    }

    /** Code stored by functions: $LATEST and every published version. */
    @Override
    public long totalCodeSize(Scope scope) {
        long total = 0;
        for (LambdaFunction fn : functions.list(scope)) {
            total += fn.latest().code().size();
            for (FunctionVersion v : fn.versions().values()) {
                total += v.code().size();
            }
        }
        return total;
    }
}
