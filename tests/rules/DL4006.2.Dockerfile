# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN powershell -Command Get-ChildItem ^| Select-Object Name
