import { describe, expect, it } from 'vitest';
import { isSecretName, redactSecrets, REDACTED, type RedactionKind } from '../src/probes/redact.js';

/**
 * Secrets as a Windows node holds them (c:\k, c:\ProgramData, user profiles, scripts, unattend
 * files, container runtime config). Every value below is a made-up secret with a real secret's shape.
 * `secrets` must all disappear; `kept` is the surrounding text that must stay readable.
 */
interface SecretForm {
  name: string;
  text: string;
  secrets: string[];
  kept: string[];
  kind: RedactionKind;
}

const storageKey = 'n3V7qfT1mZ0b8cX2kP5sR9wL4yH6jD1gA0eU3iO7tQ2vB5nM8xC4zF6hJ9kL2pS7rW1yE3uI5oA8dG0fK4jN6m==';
const pem = (kind: string) =>
  `-----BEGIN ${kind}PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\nMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\n-----END ${kind}PRIVATE KEY-----`;

const corpus: SecretForm[] = [
  {
    name: 'Azure storage connection string (AccountKey=)',
    text: `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=akslogs01;AccountKey=${storageKey};EndpointSuffix=core.windows.net"`,
    secrets: [storageKey],
    kept: ['AccountName=akslogs01', 'EndpointSuffix=core.windows.net'],
    kind: 'connection-string',
  },
  {
    name: 'c:\\k\\azure.json aadClientSecret',
    text: '{\n    "cloud": "AzurePublicCloud",\n    "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",\n    "aadClientId": "5f1e3c1a-8b6d-4f43-9a0e-2b7c9d4e6f10",\n    "aadClientSecret": "Xq8Q~3nVbT.pLk9_ZrW2sYf-Hm4dJc7uEg1aN0oR",\n    "resourceGroup": "MC_rg_aks_westeurope"\n}',
    secrets: ['Xq8Q~3nVbT.pLk9_ZrW2sYf-Hm4dJc7uEg1aN0oR'],
    kept: ['"aadClientId": "5f1e3c1a-8b6d-4f43-9a0e-2b7c9d4e6f10"', '"resourceGroup": "MC_rg_aks_westeurope"'],
    kind: 'key-value',
  },
  {
    name: 'azure.json aadClientCertPassword',
    text: '"aadClientCertPath": "C:\\\\k\\\\spn.pfx",\n"aadClientCertPassword": "pfx-P@ssw0rd-2024",',
    secrets: ['pfx-P@ssw0rd-2024'],
    kept: ['"aadClientCertPath": "C:\\\\k\\\\spn.pfx"'],
    kind: 'key-value',
  },
  { name: 'bare AWS access key id', text: 'using credentials AKIAIOSFODNN7EXAMPLE from the instance profile', secrets: ['AKIAIOSFODNN7EXAMPLE'], kept: ['using credentials', 'from the instance profile'], kind: 'aws-access-key-id' },
  {
    name: 'AWS_SECRET_ACCESS_KEY in an env file',
    text: 'AWS_ACCESS_KEY_ID=ASIAXYZ1234567890ABC\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nAWS_REGION=eu-west-1',
    secrets: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'ASIAXYZ1234567890ABC'],
    kept: ['AWS_REGION=eu-west-1'],
    kind: 'env-assignment',
  },
  {
    name: 'AWS credentials file',
    text: '[default]\naws_access_key_id = AKIAJ7Q3EXAMPLE4WXYZ\naws_secret_access_key = 9drTJvcXLB89EXAMPLEKEY+3Hr5s6Uo1nZ/qS8tV\nregion = us-east-1',
    secrets: ['9drTJvcXLB89EXAMPLEKEY+3Hr5s6Uo1nZ/qS8tV', 'AKIAJ7Q3EXAMPLE4WXYZ'],
    kept: ['[default]', 'region = us-east-1'],
    kind: 'env-assignment',
  },
  {
    name: 'SAS URL (sig=)',
    text: 'Downloading https://aksrepos.blob.core.windows.net/packages/kubelet.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-03-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=q2yP%2Bk3N9sLwX7fTz0%2FvB4mH8rJ1cE6dA5gU%3D',
    secrets: ['q2yP%2Bk3N9sLwX7fTz0%2FvB4mH8rJ1cE6dA5gU%3D'],
    kept: ['https://aksrepos.blob.core.windows.net/packages/kubelet.zip?sv=2022-11-02', 'sp=r'],
    kind: 'sas-signature',
  },
  {
    name: 'proxy URL with a password',
    text: 'HTTPS_PROXY=http://svc-aks:Pr0xyP4ss!@proxy.corp.example:3128',
    secrets: ['Pr0xyP4ss!'],
    kept: ['http://svc-aks:', '@proxy.corp.example:3128'],
    kind: 'url-password',
  },
  {
    name: 'docker config.json auth',
    text: '{\n  "auths": {\n    "myregistry.azurecr.io": {\n      "auth": "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOmV5SmhiR2NpT2lKU1V6STFOaUo5"\n    }\n  }\n}',
    secrets: ['MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOmV5SmhiR2NpT2lKU1V6STFOaUo5'],
    kept: ['"myregistry.azurecr.io"'],
    kind: 'key-value',
  },
  {
    name: 'containerd config.toml registry auth',
    text: '[plugins."io.containerd.grpc.v1.cri".registry.configs."myregistry.azurecr.io".auth]\n  username = "00000000-0000-0000-0000-000000000000"\n  password = "eyJhbGciOiJSUzI1NiJ9-refresh-R8k2"\n  identitytoken = "aad-refresh-token-9f8e7d"',
    secrets: ['eyJhbGciOiJSUzI1NiJ9-refresh-R8k2', 'aad-refresh-token-9f8e7d'],
    kept: ['username = "00000000-0000-0000-0000-000000000000"'],
    kind: 'env-assignment',
  },
  { name: 'bare bootstrap token', text: 'kubeadm join 10.0.0.4:6443 with abcdef.0123456789abcdef', secrets: ['abcdef.0123456789abcdef'], kept: ['kubeadm join 10.0.0.4:6443'], kind: 'bootstrap-token' },
  { name: 'GitHub personal access token', text: 'git clone https://github.com/contoso/win-scripts.git # ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8', secrets: ['ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'], kept: ['git clone https://github.com/contoso/win-scripts.git'], kind: 'github-token' },
  { name: 'API_KEY= in an env file', text: 'LOG_LEVEL=info\nAPI_KEY=4f9c2e7a1b8d6f3e0a5c9b2d7e4f1a8c\n', secrets: ['4f9c2e7a1b8d6f3e0a5c9b2d7e4f1a8c'], kept: ['LOG_LEVEL=info'], kind: 'env-assignment' },
  { name: 'PowerShell $env:DB_PASSWORD', text: '$env:DB_HOST = "sql01.corp"\n$env:DB_PASSWORD = "Winter2024!Sql"\n', secrets: ['Winter2024!Sql'], kept: ['$env:DB_HOST = "sql01.corp"'], kind: 'key-value' },
  { name: 'ConvertTo-SecureString -AsPlainText', text: '$pw = ConvertTo-SecureString "Adm1n!Passw0rd" -AsPlainText -Force\nNew-LocalUser -Name svc-k8s -Password $pw', secrets: ['Adm1n!Passw0rd'], kept: ['-AsPlainText -Force', 'New-LocalUser -Name svc-k8s -Password $pw'], kind: 'secure-string' },
  {
    name: 'GCP service-account key JSON',
    text: `{\n  "type": "service_account",\n  "project_id": "gke-win-prod",\n  "private_key_id": "3f1c9a7e5b2d8f4a6c0e1b3d5f7a9c2e4b6d8f0a",\n  "private_key": "${pem('').replace(/\n/g, '\\n')}\\n",\n  "client_email": "windbg@gke-win-prod.iam.gserviceaccount.com"\n}`,
    secrets: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj', 'MzEfYyjiWA4R4'],
    kept: ['"client_email": "windbg@gke-win-prod.iam.gserviceaccount.com"', '"project_id": "gke-win-prod"', '-----BEGIN PRIVATE KEY-----'],
    kind: 'private-key',
  },
  {
    name: 'kubeconfig user token',
    text: 'users:\n- name: clusterUser_rg_aks\n  user:\n    token: 7f3d9a1c8e2b6f4d0a5c9e1b3d7f2a6c8e0b4d9f1a3c5e7b\n',
    secrets: ['7f3d9a1c8e2b6f4d0a5c9e1b3d7f2a6c8e0b4d9f1a3c5e7b'],
    kept: ['- name: clusterUser_rg_aks'],
    kind: 'key-value',
  },
  {
    name: 'kubeconfig client-key-data',
    text: '    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUZIVENDQXdXZ0F3\n    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlKS1FJQkFBS0NBZ0VB\n',
    secrets: ['LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlKS1FJQkFBS0NBZ0VB'],
    kept: ['client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUZIVENDQXdXZ0F3'],
    kind: 'key-value',
  },
  {
    name: 'kubelet bootstrap kubeconfig token',
    text: 'users:\n- name: kubelet-bootstrap\n  user:\n    token: 07401b.f395accd246ae52d\n',
    secrets: ['07401b.f395accd246ae52d'],
    kept: ['- name: kubelet-bootstrap'],
    kind: 'key-value',
  },
  {
    name: 'bearer header in a curl line',
    text: 'curl.exe -sk -H "Authorization: Bearer sha256~Xy9kLm3NpQr7StUv1WxYz5AbCdEf" https://10.0.0.1/healthz',
    secrets: ['sha256~Xy9kLm3NpQr7StUv1WxYz5AbCdEf'],
    kept: ['https://10.0.0.1/healthz'],
    kind: 'authorization-header',
  },
  { name: 'basic auth header', text: 'Proxy-Authorization: Basic c3ZjLWFrczpQcjB4eVA0c3Mh', secrets: ['c3ZjLWFrczpQcjB4eVA0c3Mh'], kept: ['Proxy-Authorization: Basic'], kind: 'authorization-header' },
  {
    name: 'SQL connection string',
    text: 'ConnectionStrings__Orders="Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=svc_orders;Password=S3cure!Orders#2024;Encrypt=True;"',
    secrets: ['S3cure!Orders#2024'],
    kept: ['Initial Catalog=orders', 'User ID=svc_orders'],
    kind: 'connection-string',
  },
  {
    name: 'Service Bus connection string (SharedAccessKey=)',
    text: '<add key="ServiceBus" value="Endpoint=sb://orders-ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Zx7+Kq2mP9rT4vW1yB6nD3fH8jL0sA5cE2gI4kM6oQ8=" />',
    secrets: ['Zx7+Kq2mP9rT4vW1yB6nD3fH8jL0sA5cE2gI4kM6oQ8='],
    kept: ['SharedAccessKeyName=RootManageSharedAccessKey'],
    kind: 'connection-string',
  },
  { name: 'bare JWT', text: 'I0114 09:31:07.441 token eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.eyJpc3MiOiJrdWJlcm5ldGVzIn0.c2lnbmF0dXJlLXZhbHVl expired', secrets: ['eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.eyJpc3MiOiJrdWJlcm5ldGVzIn0.c2lnbmF0dXJlLXZhbHVl'], kept: ['I0114 09:31:07.441', 'expired'], kind: 'jwt' },
  { name: 'RSA private key file', text: `${pem('RSA ')}\n`, secrets: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj'], kept: ['-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----'], kind: 'private-key' },
  { name: 'OpenSSH private key, cut off', text: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn\nNhAAAAAwEAAQAAAYEAxfW', secrets: ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ', 'NhAAAAAwEAAQAAAYEAxfW'], kept: ['-----BEGIN OPENSSH PRIVATE KEY-----'], kind: 'private-key' },
  { name: 'generic *PASSWORD* in an env file', text: 'MYSQL_USER=orders\nMYSQL_ROOT_PASSWORD=r00t-Pa55 with spaces\n', secrets: ['r00t-Pa55 with spaces', 'r00t-Pa55'], kept: ['MYSQL_USER=orders'], kind: 'env-assignment' },
  { name: 'generic *_SECRET in an env file', text: 'export OAUTH_CLIENT_ID=web-frontend\nexport OAUTH_CLIENT_SECRET=\'c1i3nt-s3cr3t-9d8e\'\n', secrets: ['c1i3nt-s3cr3t-9d8e'], kept: ['export OAUTH_CLIENT_ID=web-frontend'], kind: 'env-assignment' },
  { name: 'generic *_KEY (Stripe) in cmd', text: 'set PAYMENT_MODE=live\r\nset STRIPE_SECRET_KEY=sk_live_51HxYzAbCdEfGhIjKlMnOpQr\r\n', secrets: ['sk_live_51HxYzAbCdEfGhIjKlMnOpQr'], kept: ['set PAYMENT_MODE=live'], kind: 'env-assignment' },
  { name: 'JSON camelCase clientSecret and password', text: '{"clientId":"orders-api","clientSecret":"Q7~vX2.bN9_mK4-pL8zR","database":{"user":"sa","password":"Sql!2024#Prod"}}', secrets: ['Q7~vX2.bN9_mK4-pL8zR', 'Sql!2024#Prod'], kept: ['"clientId":"orders-api"', '"user":"sa"'], kind: 'key-value' },
  { name: 'PowerShell variable assignment', text: "$adminPassword = 'Hyp3rV!Adm1n'\n$adminUser = 'Administrator'", secrets: ['Hyp3rV!Adm1n'], kept: ["$adminUser = 'Administrator'"], kind: 'key-value' },
  { name: 'PowerShell -Token parameter', text: 'Connect-Registry -Server myregistry.azurecr.io -Token "acr-rt-0c9b8a7d6e5f" -Verbose', secrets: ['acr-rt-0c9b8a7d6e5f'], kept: ['-Server myregistry.azurecr.io', '-Verbose'], kind: 'command-line-secret' },
  { name: 'SetEnvironmentVariable in a setup script', text: '[Environment]::SetEnvironmentVariable("REGISTRY_PASSWORD", "Reg!stryP4ss", "Machine")', secrets: ['Reg!stryP4ss'], kept: ['"Machine")'], kind: 'key-value' },
  {
    name: 'unattend.xml administrator password',
    text: '<UserAccounts>\n  <AdministratorPassword>\n    <Value>UABAAHMAcwB3ADAAcgBkAEEAZABtAGkAbgBpAHMAdAByAGEAdABvAHIAUABhAHMAcwB3AG8AcgBkAA==</Value>\n    <PlainText>false</PlainText>\n  </AdministratorPassword>\n</UserAccounts>',
    secrets: ['UABAAHMAcwB3ADAAcgBkAEEAZABtAGkAbgBpAHMAdAByAGEAdABvAHIAUABhAHMAcwB3AG8AcgBkAA=='],
    kept: ['<PlainText>false</PlainText>'],
    kind: 'xml-secret',
  },
  { name: 'cmdkey /pass:', text: 'cmdkey /add:fileshare01.corp.example /user:CORP\\svc-k8s /pass:Sh4reP@ss', secrets: ['Sh4reP@ss'], kept: ['/user:CORP\\svc-k8s'], kind: 'command-line-secret' },
  { name: 'az login with a service principal secret', text: 'az login --service-principal -u 5f1e3c1a-8b6d-4f43-9a0e-2b7c9d4e6f10 -p "Vx8Q~z1.secret-value" --tenant contoso.onmicrosoft.com', secrets: ['Vx8Q~z1.secret-value'], kept: ['--tenant contoso.onmicrosoft.com'], kind: 'command-line-secret' },
  { name: 'kube-proxy --token flag', text: 'kube-proxy.exe --hostname-override=akswin000001 --token=0a1b2c3d4e5f60718293a4b5c6d7e8f9 --v=2', secrets: ['0a1b2c3d4e5f60718293a4b5c6d7e8f9'], kept: ['--hostname-override=akswin000001', '--v=2'], kind: 'command-line-secret' },
  { name: 'Slack webhook token', text: 'notify: xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx', secrets: ['xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx'], kept: ['notify:'], kind: 'slack-token' },
  { name: 'Google API key', text: 'maps.key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY loaded', secrets: ['AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'], kept: ['loaded'], kind: 'google-api-key' },
  { name: 'bare storage account key', text: `Set-AzStorageAccount key1 ${storageKey}`, secrets: [storageKey], kept: ['Set-AzStorageAccount key1'], kind: 'storage-account-key' },
  { name: 'YAML secret under a camelCase name', text: 'spec:\n  storageAccountKey: "Zm9vYmFyYmF6cXV4LXN0b3JhZ2Uta2V5LTEyMzQ="\n  storageAccountName: akslogs01', secrets: ['Zm9vYmFyYmF6cXV4LXN0b3JhZ2Uta2V5LTEyMzQ='], kept: ['storageAccountName: akslogs01'], kind: 'key-value' },
  { name: 'PowerShell here-string under a secret name', text: '$clientSecret = @"\nHs8~Q2.vN7_here-string-secret\n"@\n$tenant = "contoso"', secrets: ['Hs8~Q2.vN7_here-string-secret'], kept: ['$tenant = "contoso"', '"@'], kind: 'here-string' },
  { name: 'PowerShell single-quoted here-string', text: "$adminPassword = @'\nW1nterIsC0ming!\n'@", secrets: ['W1nterIsC0ming!'], kept: ["'@"], kind: 'here-string' },
  { name: 'YAML block scalar under password', text: 'stringData:\n  password: |\n    Bl0ckScalarP@ss\n  username: admin\n', secrets: ['Bl0ckScalarP@ss'], kept: ['  username: admin'], kind: 'yaml-block' },
  { name: 'net use with the password after the share', text: 'net use Z: \\\\fs01.corp.example\\k8s-logs N3tUs3P@ss /user:CORP\\svc-k8s /persistent:no', secrets: ['N3tUs3P@ss'], kept: ['\\\\fs01.corp.example\\k8s-logs', '/user:CORP\\svc-k8s', '/persistent:no'], kind: 'command-line-secret' },
  { name: 'net use with the password after /user', text: 'net use \\\\fs01\\ipc$ /user:CORP\\svc-k8s Wint3r2024!', secrets: ['Wint3r2024!'], kept: ['/user:CORP\\svc-k8s'], kind: 'command-line-secret' },
  { name: 'docker login -p', text: 'docker login -u 00000000-0000-0000-0000-000000000000 -p Dk8rL0gin-P4ss myregistry.azurecr.io', secrets: ['Dk8rL0gin-P4ss'], kept: ['myregistry.azurecr.io'], kind: 'command-line-secret' },
  { name: 'crictl --creds user:password', text: 'crictl pull --creds svc-pull:Cr1ctlP4ss myregistry.azurecr.io/win/app:1.0', secrets: ['Cr1ctlP4ss'], kept: ['--creds svc-pull:', 'myregistry.azurecr.io/win/app:1.0'], kind: 'command-line-secret' },
  { name: 'sqlcmd -P', text: 'sqlcmd -S orders.database.windows.net -U sa -P SqlCmd!P4ss -Q "select 1"', secrets: ['SqlCmd!P4ss'], kept: ['-Q "select 1"'], kind: 'command-line-secret' },
  { name: 'Set-Item Env: -Value', text: 'Set-Item -Path Env:REGISTRY_TOKEN -Value "acr-t0ken-5e6f7a8b"', secrets: ['acr-t0ken-5e6f7a8b'], kept: ['Set-Item -Path Env:REGISTRY_TOKEN -Value'], kind: 'key-value' },
  { name: 'web.config appSettings key/value', text: '<appSettings>\n  <add key="LogLevel" value="Info" />\n  <add key="StorageAccountKey" value="QXBwU2V0dGluZ3NLZXkxMjM0NTY3ODk=" />\n</appSettings>', secrets: ['QXBwU2V0dGluZ3NLZXkxMjM0NTY3ODk='], kept: ['<add key="LogLevel" value="Info" />'], kind: 'xml-secret' },
  { name: 'kubeconfig in JSON form', text: '{"users":[{"name":"u","user":{"token":"kc-json-t0ken-1234567890","client-key-data":"LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NB"}}]}', secrets: ['kc-json-t0ken-1234567890', 'LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NB'], kept: ['"name":"u"'], kind: 'key-value' },
  { name: 'upper-case connection string keys', text: 'DEFAULTENDPOINTSPROTOCOL=https;ACCOUNTNAME=akslogs01;ACCOUNTKEY=VXBwZXJDYXNlQWNjb3VudEtleTEyMzQ=;', secrets: ['VXBwZXJDYXNlQWNjb3VudEtleTEyMzQ='], kept: ['ACCOUNTNAME=akslogs01'], kind: 'connection-string' },
  { name: 'PEM private key with CRLF line ends', text: '-----BEGIN EC PRIVATE KEY-----\r\nMHcCAQEEIBkg4LVWM9nuwNSkF6W+rQcrlf\r\nAwEHoUQDQgAEkgQ0VfM3pRcrlf==\r\n-----END EC PRIVATE KEY-----\r\n', secrets: ['MHcCAQEEIBkg4LVWM9nuwNSkF6W+rQcrlf', 'AwEHoUQDQgAEkgQ0VfM3pRcrlf=='], kept: ['-----END EC PRIVATE KEY-----'], kind: 'private-key' },
  { name: 'Get-ChildItem Env: table', text: 'Name                           Value\n----                           -----\nAZURE_CLIENT_SECRET            Xq8Q~3nVbT.pLk9_EnvT4ble\nCOMPUTERNAME                   AKSWIN000000', secrets: ['Xq8Q~3nVbT.pLk9_EnvT4ble'], kept: ['COMPUTERNAME                   AKSWIN000000'], kind: 'env-assignment' },
  { name: 'Format-List of an environment variable', text: 'Name  : AZURE_CLIENT_SECRET\nValue : Xq8Q~3nVbT.pLk9_F0rmatList', secrets: ['Xq8Q~3nVbT.pLk9_F0rmatList'], kept: ['Name  : AZURE_CLIENT_SECRET'], kind: 'env-assignment' },
  { name: 'variable handed to ConvertTo-SecureString', text: "$plain = 'Pl@inT3xtVar!'\n$sec = ConvertTo-SecureString -String $plain -AsPlainText -Force", secrets: ['Pl@inT3xtVar!'], kept: ['-AsPlainText -Force'], kind: 'secure-string' },
  { name: 'access_token in a URL query', text: 'GET https://login.example/api/v1/nodes?access_token=urlQu3ryT0ken987&watch=true', secrets: ['urlQu3ryT0ken987'], kept: ['https://login.example/api/v1/nodes?access_token=', '&watch=true'], kind: 'key-value' },
  { name: 'npm token in .npmrc', text: '//registry.npmjs.org/:_authToken=npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', secrets: ['npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'], kept: ['//registry.npmjs.org/'], kind: 'key-value' },
];

describe('redaction corpus', () => {
  it('has at least 30 realistic secret forms', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus.map((form) => [form.name, form] as const))('%s: no secret survives, the context does', (_name, form) => {
    const { text, count, kinds } = redactSecrets(form.text);
    for (const secret of form.secrets) expect(text).not.toContain(secret);
    for (const kept of form.kept) expect(text).toContain(kept);
    expect(text).toContain(REDACTED);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(Object.keys(kinds)).toContain(form.kind);
  });

  it('0 of the corpus passes: no 12-character piece of any secret is left anywhere', () => {
    const passing: string[] = [];
    for (const form of corpus) {
      const { text } = redactSecrets(form.text);
      for (const secret of form.secrets) {
        for (let i = 0; i + 12 <= secret.length; i++) {
          const piece = secret.slice(i, i + 12);
          // PEM data in base64 starts alike ("LS0tLS1CRUdJ" is "-----BEGI"): pieces the kept context shares do not count.
          if (text.includes(piece) && !form.kept.some((kept) => kept.includes(piece))) {
            passing.push(`${form.name}: ${secret.slice(i, i + 12)}`);
            break;
          }
        }
      }
    }
    expect(passing).toEqual([]);
  });
});

describe('what redaction leaves alone', () => {
  it.each([
    'I0114 09:31:07.441 kubelet.go:2345] "SyncLoop ADD" source="api" pods=["web/iis-7d9"]',
    'kubelet.exe --bootstrap-kubeconfig=c:\\k\\bootstrap-config --kubeconfig=c:\\k\\config --token-file=c:\\k\\token',
    'tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token',
    'PasswordLastSet : 1/14/2025 9:31:07 AM',
    '- key: node.kubernetes.io/os\n  operator: Equal\n  value: windows\n  effect: NoSchedule',
    'authorization:\n  mode: Webhook\nauthentication:\n  x509:\n    clientCAFile: c:\\k\\ca.crt',
    'image: mcr.microsoft.com/windows/servercore@sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809',
    'OS build 10.0.20348.2966, kernel 10.0.20348.2966, node akswin22000000',
    'SharedAccessKeyName=RootManageSharedAccessKey',
    'The service uses Bearer authentication for the webhook.',
    '$password = $env:ADMIN_PASSWORD',
    'New-LocalUser -Name svc-k8s -Password $pw',
    '"privateKey": null, "publicKey": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7"',
    'net use Z: \\\\fs01\\share /persistent:yes',
    'net use * \\\\fs01\\share * /user:CORP\\svc',
    'docker login -u svc --password-stdin myregistry.azurecr.io',
    'docker run -p 8080:80 mcr.microsoft.com/windows/nanoserver:ltsc2022',
    'description: |\n  A long text\n  on two lines\nname: x',
    '$script = @"\nWrite-Host hi\n"@',
    '<add key="LogLevel" value="Info" />',
    'Set-Item -Path Env:PATH -Value "C:\\k;$env:PATH"',
    'Status   Name               DisplayName\nRunning  kubelet            kubelet',
    'https://aksrepos.blob.core.windows.net/packages/kubelet.zip?sv=2022-11-02&sp=r',
  ])('%s', (line) => {
    expect(redactSecrets(line)).toMatchObject({ text: line, count: 0 });
  });

  it('tells secret setting names from names of files, ids and policies', () => {
    for (const name of ['password', 'DB_PASSWORD', 'aadClientSecret', 'api_key', 'STORAGE_ACCOUNT_KEY', 'client-key-data', 'identitytoken', 'auth', 'SharedAccessKey', 'passwordHash'])
      expect(isSecretName(name), name).toBe(true);
    for (const name of ['key', 'tokenFile', 'token-file', 'passwordLastSet', 'SharedAccessKeyName', 'publicKey', 'aadClientId', 'secretRef', 'keyId', 'username', 'client-certificate-data'])
      expect(isSecretName(name), name).toBe(false);
  });
});
