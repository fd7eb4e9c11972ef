import pickle
from pathlib import Path

import pandas as pd

OUT = Path("build")
reviews = pd.read_csv("imdb.csv")
reviews["review"] = reviews["review"].str.lower().str.replace("<br />", " ", regex=False)
with (OUT / "reviews.pkl").open("wb") as fh:
    pickle.dump(reviews, fh)
