param location string = resourceGroup().location
param allowHttp bool

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
        allowInsecure: false
      }
    }
  }
}

// A parameter without a value: unknown, so not reported.
resource api 'Microsoft.App/containerApps@2024-03-01' = {
  name: 'ca-api'
  location: location
  properties: {
    managedEnvironmentId: env.id
    configuration: {
      ingress: {
        targetPort: 8080
        allowInsecure: allowHttp
      }
    }
  }
}
