# Build: the Maven image compiles; the runtime is a plain Temurin 17 JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 inburgering
WORKDIR /app
COPY --from=build /src/target/regie-inburgering-*.jar /app/regie-inburgering.jar
USER inburgering
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/regie-inburgering.jar"]
