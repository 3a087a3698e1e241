package th.tidtam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

import th.tidtam.database.DatabaseReachabilityCheck;
import th.tidtam.database.EmbeddedMariaDbEarlyStart;

@SpringBootApplication
@Theme(themeClass = Lumo.class)
@Meta(name = "description", content = "Tidtam – follow-up of the governor's directives")
public class TidtamApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(TidtamApplication.class);
        // An unreachable external database must end start-up with one clear line, not a hang or a stack trace
        app.addListeners(new DatabaseReachabilityCheck());
        // the embedded MariaDB (no external database configured) starts beside Spring's start instead of within it
        app.addListeners(new EmbeddedMariaDbEarlyStart());
        app.run(args);
    }
}
