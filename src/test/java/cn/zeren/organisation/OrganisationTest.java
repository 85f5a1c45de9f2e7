package cn.zeren.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.zeren.platform.persistence.VersionedEntity;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The materialised path of the organisation tree: "/1/7/23/" lists the ids from the root down. */
class OrganisationTest {

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "/1/,       /1/,         true",
    "/1/,       /1/7/,       true",
    "/1/,       /1/7/23/,    true",
    "/1/7/,     /1/7/23/,    true",
    "/1/7/,     /1/,         false",
    "/1/7/,     /1/8/,       false",
    "/1/7/,     /1/70/,      false",
    "/1/7/,     /1/70/7/,    false",
    "/1/7/,     /2/1/7/,     false"
  })
  void containsIsAPrefixTestOnWholeIds(String unit, String other, boolean contains) {
    assertEquals(contains, at(unit).contains(at(other)));
  }

  @Test
  void containsNothingWhenThereIsNoOther() {
    assertFalse(at("/1/").contains(null));
  }

  @ParameterizedTest(name = "{0}: ids {1}, depth {2}")
  @CsvSource({"/1/, 1, 0", "/1/7/, 1 7, 1", "/1/7/23/, 1 7 23, 2"})
  void pathListsTheIdsFromTheRootDown(String path, String ids, int depth) {
    Organisation org = at(path);
    List<Long> expected = java.util.Arrays.stream(ids.split(" ")).map(Long::valueOf).toList();
    assertEquals(expected, org.pathIds());
    assertEquals(depth, org.getDepth());
  }

  @Test
  void placingAUnitUnderAParentAppendsItsIdToTheParentsPath() throws ReflectiveOperationException {
    Organisation unit = withId(23L);
    unit.placeUnder(at("/1/7/"));
    assertEquals("/1/7/23/", unit.getPath());
    assertEquals(at("/1/7/").getPath(), unit.getParent().getPath());
  }

  @Test
  void theRootsPathIsItsOwnId() throws ReflectiveOperationException {
    Organisation root = withId(1L);
    root.placeUnder(null);
    assertEquals("/1/", root.getPath());
    assertEquals(0, root.getDepth());
  }

  @Test
  void namesAndCodesAreTrimmed() {
    Organisation org = new Organisation();
    org.setCode(" QSZ ");
    org.setName(" 青山镇 ");
    assertEquals("QSZ", org.getCode());
    assertEquals("青山镇", org.getName());
  }

  private static Organisation at(String path) {
    Organisation org = new Organisation();
    org.setPath(path);
    return org;
  }

  /** Ids come from the database; the test sets one the way the persistence provider does. */
  private static Organisation withId(long id) throws ReflectiveOperationException {
    Organisation org = new Organisation();
    Field field = VersionedEntity.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(org, id);
    return org;
  }
}
