variable "resources" {}

resource "aws_eks_cluster" "cmk" {
  name     = "ml"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:123456789012:key/abcd"
    }
  }
}

resource "aws_eks_cluster" "unknown" {
  name     = "ml-2"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }

  encryption_config {
    resources = var.resources
    provider {
      key_arn = "arn:aws:kms:eu-west-1:123456789012:key/abcd"
    }
  }
}
