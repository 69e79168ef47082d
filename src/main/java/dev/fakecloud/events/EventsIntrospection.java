package dev.fakecloud.events;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /_fakecloud/events/schedules}: the armed schedules of rules and when each fires next. */
@Path("/_fakecloud/events/schedules")
public class EventsIntrospection {

    public record Schedules(List<ScheduleRunner.Armed> schedules) {
    }

    private final ScheduleRunner schedules;

    public EventsIntrospection(ScheduleRunner schedules) {
        this.schedules = schedules;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Schedules schedules() {
        return new Schedules(schedules.armed());
    }
}
