package org.fundguard.core.dataset;

import org.fundguard.core.ItemRule;
import org.fundguard.core.Relation;
import org.fundguard.core.RuleScope;

final class ItemRuleRows extends TableRows<ItemRule> {
    private static final Table T = Table.ITEM_RULES;
    private static final int CODE_A = col(T, "code_a");
    private static final int CODE_B = col(T, "code_b");
    private static final int RELATION = col(T, "relation");
    private static final int SCOPE = col(T, "scope");
    private static final Dictionary<Relation> RELATIONS = new Dictionary<>(Relation.class);
    private static final Dictionary<RuleScope> SCOPES = new Dictionary<>(RuleScope.class);

    private final References refs;

    ItemRuleRows(References refs) {
        super(T);
        this.refs = refs;
    }

    @Override
    ItemRule parse(RowCheck r) {
        int a = r.reference(CODE_A, refs.catalog, "catalogue code");
        int b = r.reference(CODE_B, refs.catalog, "catalogue code");
        Relation relation = r.code(RELATION, RELATIONS, true);
        RuleScope scope = r.code(SCOPE, SCOPES, true);
        String codeA = a >= 0 ? refs.catalog.key(a) : null;
        String codeB = b >= 0 ? refs.catalog.key(b) : null;
        if (codeA != null && codeB != null && relation != null && scope != null) {
            // a repeated rule would make every matching pair be found twice
            r.key(refs.itemRules, codeA + '\u0000' + codeB + '\u0000' + relation.code() + '\u0000' + scope.code(),
                    -1, "(code_a, code_b, relation, scope) " + codeA + ", " + codeB + ", " + relation.code() + ", "
                            + scope.code());
        }
        return new ItemRule(codeA, codeB, relation, scope);
    }
}
