import numpy as np
import pandas as pd
from fancyimpute import SoftImpute
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

ratings = pd.read_csv("jester_ratings_wide.csv", index_col="user_id")
is_fan = (ratings.pop("likes_standup") == 1).to_numpy()
completed = SoftImpute(max_rank=10, verbose=False).fit_transform(ratings.to_numpy())

u_train, u_test, f_train, f_test = train_test_split(completed, is_fan, test_size=0.2, random_state=1)
clf = LogisticRegression(C=0.5, max_iter=3000).fit(u_train, f_train)
print("held-out users accuracy", clf.score(u_test, f_test))
