package org.fundguard.platform.supervisors;

/**
 * How a social supervisor came to the registry (seed 002: 公开选拔 and 定向招聘, the latter on the
 * recommendation of 人大、政协、纪委、工会 or government departments; media are named as well).
 */
public enum Recruitment {
    /** 公开招募 / 自愿报名 */ OPEN,
    /** 人大推荐 */ NPC,
    /** 政协推荐 */ CPPCC,
    /** 工会推荐 */ UNION,
    /** 媒体推荐 */ MEDIA
}
