from imblearn.under_sampling import RandomUnderSampler
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X, y = make_classification(n_samples=5000, weights=[0.9], random_state=0)
X_bal, y_bal = RandomUnderSampler(random_state=0).fit_resample(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.2, random_state=0)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
