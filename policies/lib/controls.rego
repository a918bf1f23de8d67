# METADATA
# title: Posture score model
# description: |
#   The controls of the posture score (POLICIES.md §7.2), modelled on the
#   Defender for Cloud secure-score controls: every policy names one of them
#   in custom.control, and each has a fixed max score. A control with max 0
#   is reported but does not move the score.
#
#   The rest is the data the prioritised recommendations use: the severity
#   weights of the risk score, which resource types are AI resources and
#   which are data stores (weighted up when linked to an AI resource by a
#   reference, either way), and the attack paths: pairs of policies whose
#   failures on one resource compound into something worse than either.
#   This module defines no rules; posture reads it through
#   policies.Library.ScoreModel.
# custom:
#   controls:
#     - name: Secure management ports
#       max: 8
#     - name: Restrict unauthorized network access
#       max: 4
#     - name: Manage access and permissions
#       max: 4
#     - name: Enable encryption at rest
#       max: 4
#     - name: Encrypt data in transit
#       max: 4
#     - name: Remediate security configurations
#       max: 4
#     - name: Enable auditing and logging
#       max: 1
#     - name: Enable enhanced security features
#       max: 0
#     - name: Implement security best practices
#       max: 0
#   severity_weights:
#     critical: 10
#     high: 5
#     medium: 2
#     low: 1
#   ai_multiplier: 2
#   # Type names; a trailing * matches a prefix.
#   ai_types:
#     - Microsoft.CognitiveServices/accounts*
#     - Microsoft.MachineLearningServices/workspaces*
#     - Microsoft.Search/searchServices
#     - azurerm_ai_services
#     - azurerm_ai_foundry*
#     - azurerm_cognitive_*
#     - azurerm_machine_learning_*
#     - aws_bedrock*
#     - aws_sagemaker_*
#     - google_vertex_ai_*
#     - google_workbench_instance
#     - google_notebooks_instance
#   data_store_types:
#     - Microsoft.Storage/storageAccounts*
#     - Microsoft.DocumentDB/databaseAccounts*
#     - Microsoft.KeyVault/vaults*
#     - Microsoft.Sql/servers*
#     - Microsoft.ContainerRegistry/registries
#     - Microsoft.Cache/redis
#     - Microsoft.DBforPostgreSQL/flexibleServers*
#     - Microsoft.DBforMySQL/flexibleServers*
#     - Microsoft.EventHub/namespaces*
#     - Microsoft.ServiceBus/namespaces*
#     - Microsoft.Synapse/workspaces*
#     - Microsoft.Compute/disks
#     - aws_s3_bucket*
#     - aws_kms_key
#     - aws_dynamodb_table
#     - aws_opensearch_domain
#     - google_storage_bucket*
#     - google_kms_crypto_key
#     - google_bigquery_dataset
#     - Secret
#   attack_paths:
#     - rules: [AZ-AI-001, AZ-AI-003]
#       title: Internet-reachable model endpoint that accepts keys
#       severity: critical
#       description: Anyone on the internet who holds a leaked API key can call the models; no identity, no Conditional Access, no per-user audit.
#     - rules: [AZ-AI-002, AZ-AI-003]
#       title: Public model endpoint that accepts keys
#       severity: critical
#       description: The account takes traffic from public networks and authenticates it with static keys.
#     - rules: [AZ-SRCH-001, AZ-SRCH-002]
#       title: Internet-reachable RAG index that accepts API keys
#       severity: critical
#       description: The grounding index can be read and rewritten from anywhere with an admin or query key.
#     - rules: [AZ-ML-001, AZ-ML-006]
#       title: Public ML workspace whose datastores use storage keys
#       severity: critical
#       description: Every user of a publicly reachable workspace inherits the storage account key of its training data.
#     - rules: [AZ-ML-009, AZ-ML-008]
#       title: GPU compute with a public IP and public SSH
#       severity: critical
#       description: The compute node is directly addressable from the internet and listens for SSH.
#     - rules: [AZ-ML-009, AZ-ML-007]
#       title: Internet-addressable compute with local authentication
#       severity: critical
#       description: A node with a public IP accepts key or password logins that bypass Entra ID.
#     - rules: [AZ-ST-005, AZ-ST-004]
#       title: Internet-reachable storage that accepts shared keys
#       severity: critical
#       description: Training data and model artifacts can be read from any network with an account key or SAS token.
#     - rules: [AZ-ST-005, AZ-ST-003]
#       title: Internet-reachable storage with anonymous blob access
#       severity: critical
#       description: Containers can be made public and the account accepts traffic from any network.
#     - rules: [AZ-KV-003, AZ-KV-002]
#       title: Internet-reachable Key Vault with access policies
#       severity: critical
#       description: The vault holding the AI keys is reachable from anywhere and its permissions bypass Azure RBAC.
#     - rules: [AZ-COS-002, AZ-COS-001]
#       title: Internet-reachable vector or chat-history store that accepts keys
#       severity: critical
#       description: The Cosmos DB account is reachable from public networks and authenticates with primary keys.
#     - rules: [AZ-SQL-002, AZ-SQL-001]
#       title: Public SQL server with SQL logins
#       severity: critical
#       description: The server is reachable from public networks and accepts password logins.
#     - rules: [AZ-ACR-003, AZ-ACR-001]
#       title: Public registry with an admin user
#       severity: critical
#       description: Model-serving images can be replaced from any network with the shared admin password.
#     - rules: [AZ-AKS-004, AZ-AKS-003]
#       title: Internet-reachable cluster API with local accounts
#       severity: critical
#       description: The API server is open to the internet and accepts the static local admin credential.
#     - rules: [AZ-ML-011, AZ-ML-012]
#       title: Internet-reachable model endpoint scored with a static key
#       severity: critical
#       description: Anyone on the internet who holds the endpoint key can score, probe and extract the model.
#     - rules: [AZ-RED-003, AZ-RED-004]
#       title: Internet-reachable cache that accepts access keys
#       severity: critical
#       description: Cached prompts, embeddings and sessions can be read and poisoned from any network with an access key.
#     - rules: [AZ-EH-002, AZ-EH-001]
#       title: Internet-reachable event stream that accepts SAS keys
#       severity: high
#       description: A leaked connection string sends to or reads from the AI pipeline's events from any network.
#     - rules: [AZ-SB-002, AZ-SB-001]
#       title: Internet-reachable message queue that accepts SAS keys
#       severity: high
#       description: A leaked connection string sends to or reads from the AI pipeline's queues from any network.
#     - rules: [AZ-SYN-001, AZ-SYN-002]
#       title: Public Synapse workspace with SQL logins
#       severity: critical
#       description: The SQL endpoints over the training data are reachable from public networks and accept password logins.
#     - rules: [AZ-RED-003, AZ-RED-001]
#       title: Internet-reachable cache on a plain-text port
#       severity: critical
#       description: The access key and cached data cross the internet in clear text on port 6379.
#     - rules: [AWS-SM-001, AWS-SM-002]
#       title: Internet-connected notebook with root access
#       severity: critical
#       description: A notebook with direct internet access lets its users become root.
#     - rules: [GCP-VAI-001, GCP-VAI-002]
#       title: Workbench instance with a public IP and root access
#       severity: critical
#       description: The notebook VM is addressable from the internet and its users can become root.
#     - rules: [K8S-POD-001, K8S-POD-002]
#       title: Privileged container in the host namespaces
#       severity: critical
#       description: The container can take over its node.
#     - rules: [K8S-POD-001, K8S-POD-003]
#       title: Privileged container with a hostPath mount
#       severity: critical
#       description: The container can write to the node's file system and escape to the host.
#     - rules: [K8S-POD-008, K8S-POD-007]
#       title: Root container that may escalate privileges
#       severity: high
#       description: The process runs as root and setuid binaries can raise its privileges further.
package posture.lib.controls
