resource "aws_eks_cluster" "none" { # want: AWS-EKS-003 col 1
  name                      = "ml"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}

resource "aws_eks_cluster" "partial" {
  name                      = "ml-2"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"] # want: AWS-EKS-003 col 31

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}
