package org.fundguard.engine.models;

import java.util.List;
import org.fundguard.engine.Claim;

/**
 * The claims the executor runs over, by position (the data set's visit order). A claim may be built
 * afresh on every call: the executor asks for each claim once per pass and lets it go.
 */
interface ClaimTable {
    int size();

    Claim claim(int i);

    /** The visit's begin time, in seconds (any fixed origin). */
    long beginSecond(int i);

    String visitId(int i);

    static ClaimTable of(List<Claim> claims) {
        return new ClaimTable() {
            @Override
            public int size() {
                return claims.size();
            }

            @Override
            public Claim claim(int i) {
                return claims.get(i);
            }

            @Override
            public long beginSecond(int i) {
                return claims.get(i).visit().begin().toEpochSecond(java.time.ZoneOffset.UTC);
            }

            @Override
            public String visitId(int i) {
                return claims.get(i).visit().mdtrtId();
            }
        };
    }
}
