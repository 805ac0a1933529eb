package org.fundguard.synth;

/** Chinese surnames (roughly by frequency) and given-name characters for synthetic persons and staff. */
final class Names {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔颜";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文玉志海燕婷雪梅红晓东子涵浩然欣怡梓轩宇"
            + "一诺佳琪俊峰立新春秋凤云飞鹏振淑珍荣德福宝庆林辉亮晨阳思雨博文彤瑶嘉鑫蕾倩凯旭";

    private Names() {
    }

    static char surname(long h) {
        // the first 20 surnames cover half of China; weight them accordingly
        int n = SURNAMES.length();
        int i = (int) Math.floorMod(h, 100L);
        return i < 50 ? SURNAMES.charAt(i % 20) : SURNAMES.charAt((int) Math.floorMod(h >>> 8, (long) n));
    }

    static String given(Dice d) {
        char a = GIVEN.charAt(d.nextInt(GIVEN.length()));
        return d.chance(0.7) ? a + "" + GIVEN.charAt(d.nextInt(GIVEN.length())) : String.valueOf(a);
    }

    static String full(Dice d) {
        return surname(d.nextLong()) + given(d);
    }
}
