/**
 * Inspection (巡察): the Party committee's inspection of the Party organisations it manages, in rounds (每轮巡察)
 * carried out by inspection groups (巡察组) under the leading group (巡察工作领导小组) and its office (巡察办) —
 * regular (常规), special (专项) and "look back" (回头看) rounds; groups led from a pool of leaders (组长人选库) and,
 * where the regulation says so, assigned to their targets by lot (随机抽签), with the avoidance of conflicts
 * (任职回避、地域回避、公务回避); the procedure from the letters asking other bodies for information before entry
 * to the feedback, the transfer of leads and the rectification that follows. What a locality's regulation sets is
 * read from its rule packs: {@code inspection} ({@link cn.zeren.inspection.InspectionProcedure}, from the measures
 * in force — JDZ or ZZ) and {@code inspectionCoordination} ({@link cn.zeren.inspection.InspectionCoordination},
 * from the county's opinions on coordinating inspection with other supervision, XC).
 */
package cn.zeren.inspection;
