"""What one step of the published 2-D GAN setup costs on this machine, in PyTorch.

The setup of PacGAN's synthetic experiments (docs/dualgan.md, "The published protocol and
setups"): z 2-D N(0, I); a generator of 4 hidden layers of 400 ReLU units with batch
normalization and a linear output; a discriminator of 3 hidden layers of 200 maxout units with 5
pieces; Adam 1e-4, beta1 0.8; batches of 100; one discriminator and one generator step per batch,
400 epochs of 100,000 samples (400,000 steps). The step is what a PyTorch user writes, on
ring8-like data; the script prints the time per step and what 400,000 steps take.

Usage: [OPENBLAS_NUM_THREADS=B] /usr/bin/python3 bench/published_2d_step.py [--threads N] [--steps S]
"""
import argparse
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

PUBLISHED_STEPS = 400_000


class Maxout(nn.Module):
    """A linear map to units x pieces values, then the largest piece of each unit."""

    def __init__(self, inputs, units, pieces=5):
        super().__init__()
        self.linear = nn.Linear(inputs, units * pieces)
        self.units, self.pieces = units, pieces

    def forward(self, x):
        return self.linear(x).view(-1, self.units, self.pieces).max(-1).values


def generator():
    layers, width = [], 2
    for _ in range(4):
        layers += [nn.Linear(width, 400), nn.BatchNorm1d(400), nn.ReLU()]
        width = 400
    return nn.Sequential(*layers, nn.Linear(400, 2))


def discriminator():
    return nn.Sequential(Maxout(2, 200), Maxout(200, 200), Maxout(200, 200), nn.Linear(200, 1))


def ring8(n, gen):
    angles = 2 * math.pi * torch.randint(0, 8, (n,), generator=gen) / 8
    return torch.stack([angles.cos(), angles.sin()], 1) + 0.01 * torch.randn(n, 2, generator=gen)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--steps", type=int, default=2000)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    gen = torch.Generator().manual_seed(1)
    g, d = generator(), discriminator()
    opt_g = torch.optim.Adam(g.parameters(), 1e-4, betas=(0.8, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), 1e-4, betas=(0.8, 0.999))

    def step():
        x = ring8(100, gen)
        fake = g(torch.randn(100, 2))
        loss_d = F.softplus(-d(x)).mean() + F.softplus(d(fake.detach())).mean()
        opt_d.zero_grad()
        loss_d.backward()
        opt_d.step()
        loss_g = F.softplus(-d(fake)).mean()
        opt_g.zero_grad()
        loss_g.backward()
        opt_g.step()

    for _ in range(200):
        step()
    start = time.perf_counter()
    for _ in range(args.steps):
        step()
    per_step = (time.perf_counter() - start) / args.steps
    print(f"published_2d_step_ms={per_step * 1e3:.2f} published_run_hours={per_step * PUBLISHED_STEPS / 3600:.2f}")


if __name__ == "__main__":
    main()
