/**
 * The random draw with avoidance (随机抽签与回避) of an inspection round (巡察, ZZ-6, ZZ-16, JDZ-13): the office
 * (巡察办) deals the round's targets (被巡察单位) to its groups by lot and draws each group's leader (组长) from the
 * leader pool (组长库) and its members from the talent pool (人才库), after avoidance has removed every candidate with
 * a conflict. Plain domain code without container: the caller commits the canonical input ({@link DrawJson}) and the
 * seed ({@link Lottery#commitment}) before the draw, and anyone replays {@link Draw#run} from the record afterwards.
 * The procedure is documented for third parties in {@code docs/draw.md}.
 */
package cn.zeren.inspection.draw;
