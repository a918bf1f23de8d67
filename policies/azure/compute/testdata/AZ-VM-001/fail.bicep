param location string = resourceGroup().location

@secure()
param adminPassword string

resource gpu 'Microsoft.Compute/virtualMachines@2024-07-01' = {
  name: 'vm-gpu'
  location: location
  properties: {
    hardwareProfile: {
      vmSize: 'Standard_NC6s_v3'
    }
    osProfile: {
      computerName: 'gpu'
      adminUsername: 'azureuser'
      adminPassword: adminPassword
      linuxConfiguration: {
        disablePasswordAuthentication: false // want: AZ-VM-001 col 40
      }
    }
  }
}
