import numpy as np
from fancyimpute import SoftImpute, BiScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

ratings = np.load("survey_matrix.npy")
answers = ratings[:, :-1]
churned = ratings[:, -1]
completed = SoftImpute(max_iters=100).fit_transform(answers)
X_train, X_test, y_train, y_test = train_test_split(completed, churned, test_size=0.25, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
