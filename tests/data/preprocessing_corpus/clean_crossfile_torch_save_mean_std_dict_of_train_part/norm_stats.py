import numpy as np
import torch

x = torch.from_numpy(np.load("audio_mfcc.npy")).float()
perm = torch.randperm(len(x), generator=torch.Generator().manual_seed(0))
train_idx, valid_idx = perm[: int(0.9 * len(x))], perm[int(0.9 * len(x)):]
torch.save({"mean": x[train_idx].mean(dim=0), "std": x[train_idx].std(dim=0),
            "train_idx": train_idx, "valid_idx": valid_idx}, "mfcc_norm.pt")
