package org.fundguard.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.fundguard.engine.Claim;
import org.junit.jupiter.api.Test;

class ClaimKryoTest {
    @Test
    void claimsComeBackEqualThroughTheShuffleEncoding() {
        Kryo kryo = new KryoSerializer(new SparkConf().set("spark.kryo.registrator", ClaimKryo.class.getName()))
                .newKryo();
        List<Claim> claims = LocalReference.claims(SmallRegion.generate(7, 40, 3));
        // nulls, refunds, fractions, trace codes, second settlements, lines of another practitioner
        assertThat(claims).hasSizeGreaterThan(40);

        Output out = new Output(1 << 16, -1);
        for (Claim c : claims) {
            kryo.writeClassAndObject(out, c);
        }
        Input in = new Input(out.toBytes());
        for (Claim c : claims) {
            assertThat(kryo.readClassAndObject(in)).isEqualTo(c);
        }
    }
}
