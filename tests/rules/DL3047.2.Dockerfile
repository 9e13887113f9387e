# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN powershell -Command wget -Uri https://example.com/a.exe -OutFile a.exe
