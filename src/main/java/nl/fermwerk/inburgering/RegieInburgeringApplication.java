package nl.fermwerk.inburgering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RegieInburgeringApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegieInburgeringApplication.class, args);
    }
}
