resource "aws_dax_cluster" "cache" { # want: AWS-DDB-003 col 1, AWS-DDB-003 col 1
  cluster_name       = "chat-cache"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 3
}
