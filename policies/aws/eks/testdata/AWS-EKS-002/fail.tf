resource "aws_eks_cluster" "none" { # want: AWS-EKS-002 col 1
  name     = "ml"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}

resource "aws_eks_cluster" "other" {
  name     = "ml-2"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }

  encryption_config {
    resources = [] # want: AWS-EKS-002 col 17
    provider {
      key_arn = "arn:aws:kms:eu-west-1:123456789012:key/abcd"
    }
  }
}
