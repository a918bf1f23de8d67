param location string = resourceGroup().location

resource env 'Microsoft.App/managedEnvironments@2024-03-01' existing = {
  name: 'env'
}

resource chat 'Microsoft.App/containerApps@2024-03-01' = {
  name: 'ca-chat'
  location: location
  properties: {
    managedEnvironmentId: env.id
    configuration: {
      ingress: {
        external: true
        targetPort: 8080
        allowInsecure: false // want: AZ-CA-001 col 24
      }
    }
  }
}
