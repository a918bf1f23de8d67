resource "aws_eks_cluster" "default" {
  name     = "ml"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config { # want: AWS-EKS-001 col 3
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}

resource "aws_eks_cluster" "world" {
  name     = "ml-2"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-0123456789abcdef0"]
    endpoint_public_access = true
    public_access_cidrs    = ["203.0.113.0/24", "0.0.0.0/0"] # want: AWS-EKS-001 col 49
  }
}

resource "aws_eks_cluster" "restricted" {
  name     = "ml-3"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-0123456789abcdef0"]
    endpoint_public_access = true # want: AWS-EKS-001 col 30
    public_access_cidrs    = ["203.0.113.0/24"]
  }
}
