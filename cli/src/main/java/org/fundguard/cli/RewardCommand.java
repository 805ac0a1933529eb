package org.fundguard.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.fundguard.core.Money;
import org.fundguard.reporting.rewards.RewardComputation;
import org.fundguard.reporting.rewards.RewardInput;
import org.fundguard.reporting.rewards.RewardPolicies;
import org.fundguard.reporting.rewards.RewardPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The report reward (举报奖励) as the platform computes it: same presets, same code, same steps. */
@Command(name = "reward", mixinStandardHelpOptions = true,
        description = {"Compute a report reward (举报奖励) by a preset and show each step; --list names the presets.",
            "Exit 0 computed, 2 usage errors (unknown preset, bad amount, missing grade)."})
final class RewardCommand implements Callable<Integer> {
    @Option(names = "--list", description = "name the presets and their rules")
    boolean list;

    @Option(names = "--policy", paramLabel = "NAME", description = "the preset: national, guangdong, beijing, wuhan, tongliao")
    String policy;

    @Option(names = "--amount", paramLabel = "YUAN", description = "the verified amount (查实金额/案值) in yuan, up to 2 decimals")
    String amount;

    @Option(names = "--insider", description = "the reporter is (or was) an insider of the reported institution (内部人员)")
    boolean insider;

    @Option(names = "--grade", paramLabel = "N", defaultValue = "0", description = "evidence grade, 1 = strongest (presets that grade evidence)")
    int grade;

    @Option(names = "--individual", description = "the reported party is a natural person (Beijing pays 10%)")
    boolean individual;

    @Override
    public Integer call() {
        RewardPolicies policies = RewardPolicies.standard();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (list) {
            for (String name : policies.names()) {
                RewardPolicy p = policies.require(name);
                out.println(name + "  " + p.title());
                out.println("  " + p.source());
            }
            return 0;
        }
        if (policy == null || amount == null) {
            throw new Usage.UsageError("give --policy NAME and --amount YUAN (or --list)");
        }
        RewardPolicy p = policies.get(policy).orElseThrow(() -> new Usage.UsageError(
                "no reward preset '" + policy + "'; presets: " + String.join(", ", policies.names())));
        long fen;
        try {
            fen = Money.parseFen(amount.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new Usage.UsageError("--amount '" + amount + "' is not an amount in yuan: " + e.getMessage());
        }
        if (fen <= 0) {
            throw new Usage.UsageError("--amount must be positive: a reward needs a verified amount");
        }
        if (grade < 0) {
            throw new Usage.UsageError("--grade must be 1 or more");
        }
        if (p.gradesRequired() && !p.grades().contains(grade)) {
            throw new Usage.UsageError(policy + " rewards by evidence grade: give --grade " + p.grades());
        }
        RewardComputation c = p.compute(new RewardInput(fen, insider, p.gradesRequired() ? grade : 0, individual));
        out.println(c.title() + " (" + c.policy() + ")");
        for (String step : c.steps()) {
            out.println("  " + step);
        }
        out.println("reward " + Money.format(c.rewardFen()) + " yuan");
        return 0;
    }
}
