; Inno Setup script for Rimedio on Windows (https://jrsoftware.org/isinfo.php). NOT built here: this project's
; machines run Linux. On Windows: build the folder with `pyinstaller --noconfirm packaging\rimedio.spec` (it makes
; dist\rimedio\rimedio.exe, the command, and dist\rimedio\Rimedio.exe, the window without a console), convert
; resources\icons\rimedio.svg to packaging\windows\rimedio.ico, then run `iscc packaging\windows\rimedio.iss`.
#define AppName "Rimedio"
#define AppVersion "0.1.0"

[Setup]
AppId={{7C1E3B52-4F0A-4C57-9E2B-5D2B1F0B6A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Rimedio
DefaultDirName={autopf}\Rimedio
DefaultGroupName=Rimedio
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=rimedio-{#AppVersion}-setup
SetupIconFile=rimedio.ico
UninstallDisplayIcon={app}\Rimedio.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
; `rimedio` (the command) on the PATH of every user
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Files]
Source: "..\..\dist\rimedio\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The Start-menu entry starts the window without a console.
Name: "{group}\Rimedio"; Filename: "{app}\Rimedio.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\Rimedio"; Filename: "{app}\Rimedio.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
Root: HKA; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; \
    ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}')); \
    Flags: preservestringtype

[Run]
Filename: "{app}\Rimedio.exe"; Description: "{cm:LaunchProgram,Rimedio}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_LOCAL_MACHINE, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment',
    'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
