resource "aws_ebs_volume" "datasets" {
  availability_zone = "eu-west-1a"
  size              = 500
  encrypted         = true
}

resource "aws_ebs_volume" "from_snapshot" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

resource "aws_instance" "trainer" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "p4d.24xlarge"

  root_block_device {
    volume_size = 200
    encrypted   = true
  }
}

# No root_block_device: the AMI's snapshot decides.
resource "aws_instance" "ami_default" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "g5.xlarge"
}

resource "aws_launch_template" "nodes" {
  name = "gpu-nodes"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 100
      encrypted   = "true"
    }
  }
}
