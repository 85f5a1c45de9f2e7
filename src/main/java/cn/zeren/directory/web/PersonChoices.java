package cn.zeren.directory.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people an auto-complete field last offered, and the converter that turns the chosen id back into one of
 * them. Only offered people can be chosen: an id that was never suggested converts to nothing.
 */
public class PersonChoices implements Converter<PersonRow>, Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, PersonRow> offered = new HashMap<>();

  List<PersonRow> offer(List<PersonRow> people) {
    people.forEach(p -> offered.put(String.valueOf(p.id()), p));
    return people;
  }

  @Override
  public PersonRow getAsObject(FacesContext context, UIComponent component, String value) {
    return value == null ? null : offered.get(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, PersonRow value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
