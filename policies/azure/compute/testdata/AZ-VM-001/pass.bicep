param location string = resourceGroup().location
param sshPublicKey string

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
      linuxConfiguration: {
        disablePasswordAuthentication: true
        ssh: {
          publicKeys: [
            {
              path: '/home/azureuser/.ssh/authorized_keys'
              keyData: sshPublicKey
            }
          ]
        }
      }
    }
  }
}
