# JSON form, per-instruction skips, base images dflint does not know.
FROM registry.example.com/team/base:1 AS custom
COPY ["$JSONSRC", "/dst/"]
# expect: UndefinedVar @-1:8-16 '$JSONSRC'
# check=skip=UndefinedVar
COPY $SET_BY_BASE_IMAGE /x/
COPY $NOT_SKIPPED /y/
# expect: UndefinedVar @-1:6-18 '$NOT_SKIPPED'
ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH
# expect: UndefinedVar @-1:30-46 '$LD_LIBRARY_PATH'

FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04 AS cuda
ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH

FROM eclipse-temurin:21 AS java
COPY app.jar $JAVA_HOME/lib/
ENV CATALINA_BASE=$CATALINA_HOME
# expect: UndefinedVar @-1:19-33 '$CATALINA_HOME'

FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS dotnet
USER $APP_UID

FROM java AS java-child
ENV X=$JAVA_HOME Y=$JAVA_VERSIN
# expect: UndefinedVar @-1:20-32 '$JAVA_VERSIN' (did you mean $JAVA_VERSION?)
